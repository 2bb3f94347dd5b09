import { Value, readCount } from "./cells";
import { readFlag } from "./flags";
import { say } from "./messages";
import { MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { alongPeriods, alongPeriodsPaired } from "./series";
import { plainRow } from "./plainRows";
import { ratioOf } from "./ratios";

// Loops push onto fresh arrays: a large `new Array(n)` (and so `map`) starts in V8's slow dictionary mode.
// Each loop is a top-level function, not a closure made per call: V8 dropped a per-call closure's
// optimized code at each garbage collection and compiled it again on the next call.

/**
 * FIN.CUMULATIVE: running total (of −values with `negate`); once a period is unknown (or an
 * error), the totals after it are too.
 */
export function cumulative(values: unknown, negate?: unknown): MatrixResult {
  const negated = readFlag(negate, "negate");
  if (isFailure(negated)) return negated;
  const sign = negated ? -1 : 1;
  return alongPeriods(values, "values", (series) => cumulativeRow(series, sign));
}

function cumulativeRow(series: Value[], sign: number): Outcome[] {
  const out: Outcome[] = [];
  let total = 0;
  let i = 0;
  for (; i < series.length; i++) {
    const v = series[i];
    if (typeof v !== "number") break;
    total += sign * v;
    if (!Number.isFinite(total)) break;
    out.push(total);
  }
  if (i === series.length) return plainRow(out);
  const v = series[i];
  const stop: Outcome = typeof v === "number" ? fail("invalidNumber", say("tooLarge")) : v;
  for (; i < series.length; i++) out.push(stop);
  return out;
}

/** Sum of `window` values ending at `end`, or the blank/failure that makes it unknown. */
function trailingSum(series: Value[], end: number, window: number): Value {
  let total = 0;
  let blank = false;
  for (let i = end - window + 1; i <= end; i++) {
    const v = series[i];
    if (typeof v === "number") total += v;
    else if (v === null) blank = true;
    else return v;
  }
  return blank ? null : total;
}

/** FIN.TTM: trailing sum of the last `periods` values, blank until there are enough. */
export function ttm(values: unknown, periods: unknown): MatrixResult {
  const window = readCount(periods, "periods", 4);
  if (isFailure(window)) return window;
  return alongPeriods(values, "values", (series) => ttmRow(series, window));
}

function ttmRow(series: Value[], window: number): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < series.length; i++) {
    if (i + 1 < window) {
      out.push(null);
      continue;
    }
    const sum = trailingSum(series, i, window);
    out.push(typeof sum === "number" ? finite(sum) : sum);
  }
  return out;
}

/**
 * FIN.TTMRATIO: trailing numerator ÷ trailing denominator (never an average of ratios), blank
 * until there are enough periods.
 */
export function ttmRatio(numerator: unknown, denominator: unknown, periods: unknown): MatrixResult {
  const window = readCount(periods, "periods", 4);
  if (isFailure(window)) return window;
  return alongPeriodsPaired(["numerator", numerator], ["denominator", denominator], (x, y) =>
    ttmRatioRow(x, y, window)
  );
}

function ttmRatioRow(x: Value[], y: Value[], window: number): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < x.length; i++) {
    if (i + 1 < window) {
      out.push(null);
      continue;
    }
    // Both sums in one pass while the figures are plain numbers; anything else with care below.
    let sx = 0;
    let sy = 0;
    let j = i - window + 1;
    for (; j <= i; j++) {
      const a = x[j];
      const b = y[j];
      if (typeof a !== "number" || typeof b !== "number") break;
      sx += a;
      sy += b;
    }
    if (j > i && sy > 0) {
      const q = sx / sy;
      if (Number.isFinite(q)) {
        out.push(q);
        continue;
      }
    }
    const num = trailingSum(x, i, window);
    const den = trailingSum(y, i, window);
    if (num !== null && typeof num === "object") out.push(num);
    else if (den !== null && typeof den === "object") out.push(den);
    else if (num === null || den === null) out.push(null);
    else out.push(ratioOf(num, den, "denominator"));
  }
  return out;
}

/**
 * FIN.DECUMULATE: single-period figures from year-to-date ones (Q3 = 9M − H1), restarting every
 * `periodsPerYear` values; the first value starts a year.
 */
export function decumulate(ytdValues: unknown, periodsPerYear: unknown): MatrixResult {
  const perYear = readCount(periodsPerYear, "periodsPerYear", 4);
  if (isFailure(perYear)) return perYear;
  return alongPeriods(ytdValues, "ytdValues", (series) => decumulateRow(series, perYear));
}

function decumulateRow(series: Value[], perYear: number): Outcome[] {
  const out: Outcome[] = [];
  let plain = true;
  // Counts through the year rather than taking i % perYear: a division per value costs more.
  for (
    let i = 0, inYear = 0;
    i < series.length;
    i++, inYear = inYear + 1 === perYear ? 0 : inYear + 1
  ) {
    const v = series[i];
    if (inYear === 0) {
      out.push(v);
      if (typeof v !== "number") plain = false;
      continue;
    }
    const before = series[i - 1];
    if (typeof v === "number" && typeof before === "number") {
      const d = v - before;
      if (Number.isFinite(d)) {
        out.push(d);
        continue;
      }
    }
    plain = false;
    if (typeof v === "number" && typeof before === "number") out.push(finite(v - before));
    else if (v !== null && typeof v === "object") out.push(v);
    else if (before !== null && typeof before === "object") out.push(before);
    else out.push(null);
  }
  return plain ? plainRow(out) : out;
}
