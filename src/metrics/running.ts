import { Value, readCount, readFlag } from "./cells";
import { MatrixResult, Outcome, finite, isFailure } from "./outcome";
import { alongPeriods, alongPeriodsPaired } from "./series";
import { ratioOf } from "./ratios";

/**
 * FIN.CUMULATIVE: running total (of −values with `negate`); once a period is unknown (or an
 * error), the totals after it are too.
 */
export function cumulative(values: unknown, negate?: unknown): MatrixResult {
  const flip = readFlag(negate, "negate");
  if (isFailure(flip)) return flip;
  return alongPeriods(values, "values", (series) => {
    let total: Outcome = 0;
    return series.map((v) => {
      if (total === null || typeof total === "object") return total;
      total = v === null || typeof v === "object" ? v : finite(flip ? total - v : total + v);
      return total;
    });
  });
}

/** Sum of `window` values ending at `end`, or the blank/failure that makes it unknown. */
function trailingSum(series: Value[], end: number, window: number): Value {
  let total = 0;
  let blank = false;
  for (let i = end - window + 1; i <= end; i++) {
    const v = series[i];
    if (v === null) blank = true;
    else if (typeof v === "number") total += v;
    else return v;
  }
  return blank ? null : total;
}

/** FIN.TTM: trailing sum of the last `periods` values, blank until there are enough. */
export function ttm(values: unknown, periods: unknown): MatrixResult {
  const window = readCount(periods, "periods", 4);
  if (isFailure(window)) return window;
  return alongPeriods(values, "values", (series) =>
    series.map((_, i): Outcome => {
      if (i + 1 < window) return null;
      const sum = trailingSum(series, i, window);
      return typeof sum === "number" ? finite(sum) : sum;
    })
  );
}

/**
 * FIN.TTMRATIO: trailing numerator ÷ trailing denominator (never an average of ratios), blank
 * until there are enough periods.
 */
export function ttmRatio(numerator: unknown, denominator: unknown, periods: unknown): MatrixResult {
  const window = readCount(periods, "periods", 4);
  if (isFailure(window)) return window;
  return alongPeriodsPaired(["numerator", numerator], ["denominator", denominator], (x, y) =>
    x.map((_, i) => {
      if (i + 1 < window) return null;
      const num = trailingSum(x, i, window);
      const den = trailingSum(y, i, window);
      if (num !== null && typeof num === "object") return num;
      if (den !== null && typeof den === "object") return den;
      if (num === null || den === null) return null;
      return ratioOf(num, den, "denominator");
    })
  );
}

/**
 * FIN.DECUMULATE: single-period figures from year-to-date ones (Q3 = 9M − H1), restarting every
 * `periodsPerYear` values; the first value starts a year.
 */
export function decumulate(ytdValues: unknown, periodsPerYear: unknown): MatrixResult {
  const perYear = readCount(periodsPerYear, "periodsPerYear", 4);
  if (isFailure(perYear)) return perYear;
  return alongPeriods(ytdValues, "ytdValues", (series) =>
    series.map((v, i): Outcome => {
      if (v !== null && typeof v === "object") return v;
      if (i % perYear === 0) return v;
      const before = series[i - 1];
      if (before !== null && typeof before === "object") return before;
      if (v === null || before === null) return null;
      return finite(v - before);
    })
  );
}
