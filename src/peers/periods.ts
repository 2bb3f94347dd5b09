/**
 * Lining up periods across companies. Fiscal calendars differ (Zoom's Q1 FY2023 ends in April 2022),
 * so FIN never converts one company's period into another's: the "latest" basis takes each
 * company's own latest period and shows its label; the "common" basis matches periods by kind,
 * year and quarter/half as each company labels them.
 */
import type { PeriodKind, Statement, StatementPeriod } from "../statements";

/** A period as the comparison matches it: kind + year + quarter/half (+ months for year-to-date). */
export interface PeriodKey {
  kind: PeriodKind;
  year: number;
  part: number | null;
}

export function keyOf(period: StatementPeriod): PeriodKey {
  const part =
    period.kind === "quarter"
      ? (period.quarter ?? null)
      : period.kind === "half"
        ? (period.half ?? null)
        : period.kind === "ytd"
          ? (period.months ?? null)
          : null;
  return { kind: period.kind, year: period.year, part };
}

export function keyText(key: PeriodKey): string {
  return `${key.kind}:${key.year}:${key.part ?? ""}`;
}

export function sameKey(a: PeriodKey, b: PeriodKey): boolean {
  return a.kind === b.kind && a.year === b.year && a.part === b.part;
}

/** Months from year 0 to the period's end, as labelled (fiscal years count as labelled). */
function endOrdinal(key: PeriodKey): number {
  const months =
    key.kind === "quarter"
      ? 3 * (key.part ?? 4)
      : key.kind === "half"
        ? 6 * (key.part ?? 2)
        : key.kind === "ytd"
          ? (key.part ?? 12)
          : 12;
  return key.year * 12 + months;
}

/** On the same end month, the longer period sorts later (a year beside its Q4 is "the latest"). */
const KIND_WEIGHT: Record<PeriodKind, number> = { quarter: 0, ytd: 1, half: 2, year: 3 };

export function compareKeys(a: PeriodKey, b: PeriodKey): number {
  return endOrdinal(a) - endOrdinal(b) || KIND_WEIGHT[a.kind] - KIND_WEIGHT[b.kind];
}

/** Periods with at least one figure: an empty column for next quarter is not a reported period. */
function reportedPositions(statement: Statement): number[] {
  return statement.periods
    .map((_, i) => i)
    .filter((i) => statement.lines.some((line) => line.values[i] !== null));
}

/** The position of the latest reported period: actuals before estimates, then the latest end. */
export function latestPosition(statement: Statement): number | null {
  const reported = reportedPositions(statement);
  const actual = reported.filter((i) => !statement.periods[i].estimate);
  const pool = actual.length > 0 ? actual : reported;
  if (pool.length === 0) return null;
  return pool.reduce((best, i) =>
    compareKeys(keyOf(statement.periods[i]), keyOf(statement.periods[best])) > 0 ? i : best
  );
}

/** The position of a period with this key that has figures, or null. */
export function positionOf(statement: Statement, key: PeriodKey): number | null {
  const found = reportedPositions(statement).find((i) => sameKey(keyOf(statement.periods[i]), key));
  return found ?? null;
}

/** Periods every statement reports, newest first. */
export function commonPeriods(statements: readonly Statement[]): PeriodKey[] {
  if (statements.length === 0) return [];
  const first = statements[0];
  const keys = reportedPositions(first).map((i) => keyOf(first.periods[i]));
  const unique = keys.filter((k, i) => keys.findIndex((o) => sameKey(o, k)) === i);
  return unique
    .filter((k) => statements.every((s) => positionOf(s, k) !== null))
    .sort((a, b) => compareKeys(b, a));
}
