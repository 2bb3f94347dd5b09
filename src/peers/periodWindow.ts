/**
 * The periods a company is shown for: its anchor period (its latest, or the common one) and the
 * reported periods of the same kind before it, oldest first. Each keeps the company's own label;
 * a company with fewer periods gets blanks at the old end, never another kind of period.
 */
import type { Statement } from "../statements";
import { compareKeys, keyOf, latestPosition, positionOf, type PeriodKey } from "./periods";

export type PeriodBasis =
  { kind: "latest"; count?: number } | { kind: "common"; period: PeriodKey; count?: number };

export function periodCount(basis: PeriodBasis): number {
  return Math.max(1, Math.floor(basis.count ?? 1));
}

/** `count` positions, oldest first, the anchor last; null where the company has no such period. */
export function periodWindow(statement: Statement, basis: PeriodBasis): (number | null)[] {
  const count = periodCount(basis);
  const anchor =
    basis.kind === "latest" ? latestPosition(statement) : positionOf(statement, basis.period);
  const out = new Array<number | null>(count).fill(null);
  if (anchor === null) return out;
  const key = keyOf(statement.periods[anchor]);
  const alike = statement.periods
    .map((p, i) => ({ key: keyOf(p), i }))
    .filter(
      ({ key: k, i }) =>
        k.kind === key.kind &&
        (k.kind !== "ytd" || k.part === key.part) &&
        compareKeys(k, key) <= 0 &&
        !statement.periods[i].estimate &&
        statement.lines.some((l) => l.values[i] !== null)
    )
    .sort((a, b) => compareKeys(a.key, b.key));
  // The anchor itself is always shown, even when it is an estimate the analyst chose.
  const earlier = alike.filter(({ i }) => i !== anchor).map(({ i }) => i);
  const chosen = [...earlier.slice(Math.max(0, earlier.length - (count - 1))), anchor];
  chosen.forEach((p, k) => (out[count - chosen.length + k] = p));
  return out;
}
