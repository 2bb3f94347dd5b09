import { Value, readCount, readFlag } from "./cells";
import { alongPeriods } from "./series";
import { elementwise } from "./elementwise";
import { MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { messages } from "./messages";

/**
 * (current − prior) ÷ |prior|: growth that keeps its sign when the base is a loss
 * (a loss of 222 after 207 is −7.2 %).
 */
export function growthOf(current: number, prior: number): Outcome {
  if (prior === 0) return fail("divisionByZero", messages.divisionByZero("prior"));
  return finite((current - prior) / Math.abs(prior));
}

/**
 * FIN.GROWTH: element-wise growth of `current` over `prior`; with `negate`, of −current over −prior
 * (a loss or an expense written negative, so that a wider loss reads as positive growth).
 */
export function growth(current: unknown, prior: unknown, negate?: unknown): MatrixResult {
  const flip = readFlag(negate, "negate");
  if (isFailure(flip)) return flip;
  return elementwise(
    [
      ["current", current],
      ["prior", prior],
    ],
    flip ? (c, p) => growthOf(-c, -p) : growthOf
  );
}

function pairwise(series: Value[], lag: number): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < series.length; i++) {
    if (i < lag) {
      out.push(null);
      continue;
    }
    const c = series[i];
    const p = series[i - lag];
    if (typeof c === "number" && typeof p === "number") out.push(growthOf(c, p));
    else if (c !== null && typeof c === "object") out.push(c);
    else if (p !== null && typeof p === "object") out.push(p);
    else out.push(null);
  }
  return out;
}

/** FIN.GROWTHSERIES: each period's growth over the one `lag` periods earlier; the first `lag` blank. */
export function growthSeries(values: unknown, lag: unknown, negate?: unknown): MatrixResult {
  const n = readCount(lag, "lag", 1);
  if (isFailure(n)) return n;
  const flip = readFlag(negate, "negate");
  if (isFailure(flip)) return flip;
  return alongPeriods(values, "values", (series) =>
    pairwise(flip ? series.map((v) => (typeof v === "number" ? -v : v)) : series, n)
  );
}

/** FIN.PPCHANGE: (current − prior) × 100, the change of a ratio in percentage points. */
export function ppChange(current: unknown, prior: unknown): MatrixResult {
  return elementwise(
    [
      ["current", current],
      ["prior", prior],
    ],
    (c, p) => finite((c - p) * 100)
  );
}

/**
 * FIN.CAGR: (end ÷ begin)^(1 ÷ years) − 1, with #NUM! where Excel's RRI gives it
 * (begin ≤ 0, end < 0, years ≤ 0).
 */
export function cagr(begin: unknown, end: unknown, years: unknown): MatrixResult {
  return elementwise(
    [
      ["begin", begin],
      ["end", end],
      ["years", years],
    ],
    (b, e, y) => {
      if (y <= 0) return fail("invalidNumber", messages.cagrYears);
      if (b <= 0) return fail("invalidNumber", messages.cagrBegin);
      if (e < 0) return fail("invalidNumber", messages.cagrEnd);
      return finite(Math.pow(e / b, 1 / y) - 1);
    }
  );
}
