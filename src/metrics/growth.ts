import { Value, readCount } from "./cells";
import { readFlag } from "./flags";
import { alongPeriods } from "./series";
import { elementwise } from "./elementwise";
import { MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { say } from "./messages";

/**
 * (current − prior) ÷ |prior|: growth that keeps its sign when the base is a loss
 * (a loss of 222 after 207 is −7.2 %).
 */
export function growthOf(current: number, prior: number): Outcome {
  if (prior === 0) return fail("divisionByZero", say("divisionByZero", "prior"));
  return finite((current - prior) / Math.abs(prior));
}

/** Growth of −current over −prior: a loss or an expense written negative, read as an amount. */
function negatedGrowthOf(current: number, prior: number): Outcome {
  return growthOf(-current, -prior);
}

function growthRows([current, prior]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const p = prior[i];
    if (!Number.isFinite(c) || !Number.isFinite(p)) return null;
    const v = growthOf(c as number, p as number);
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
}

function negatedGrowthRows([current, prior]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const p = prior[i];
    if (!Number.isFinite(c) || !Number.isFinite(p)) return null;
    const v = growthOf(-(c as number), -(p as number));
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
}

/**
 * FIN.GROWTH: element-wise growth of `current` over `prior`; with `negate` every input is read as
 * −value first, so a widening loss written (14.67) → (26.94) is +83.6 %, as 14.67 → 26.94 is.
 */
export function growth(current: unknown, prior: unknown, negate?: unknown): MatrixResult {
  const negated = readFlag(negate, "negate");
  if (isFailure(negated)) return negated;
  return elementwise(
    [
      ["current", current],
      ["prior", prior],
    ],
    negated ? negatedGrowthOf : growthOf,
    negated ? negatedGrowthRows : growthRows
  );
}

function pairwise(series: Value[], lag: number, of: typeof growthOf): Outcome[] {
  const out: Outcome[] = [];
  for (let i = 0; i < series.length; i++) {
    if (i < lag) {
      out.push(null);
      continue;
    }
    const c = series[i];
    const p = series[i - lag];
    if (typeof c === "number" && typeof p === "number") out.push(of(c, p));
    else if (c !== null && typeof c === "object") out.push(c);
    else if (p !== null && typeof p === "object") out.push(p);
    else out.push(null);
  }
  return out;
}

/**
 * FIN.GROWTHSERIES: each period's growth over the one `lag` periods earlier; the first `lag` blank.
 * `negate` as in FIN.GROWTH.
 */
export function growthSeries(values: unknown, lag: unknown, negate?: unknown): MatrixResult {
  const n = readCount(lag, "lag", 1);
  if (isFailure(n)) return n;
  const negated = readFlag(negate, "negate");
  if (isFailure(negated)) return negated;
  const of = negated ? negatedGrowthOf : growthOf;
  return alongPeriods(values, "values", (series) => pairwise(series, n, of));
}

function ppChangeOf(current: number, prior: number): Outcome {
  return finite((current - prior) * 100);
}

function ppChangeRows([current, prior]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const p = prior[i];
    if (!Number.isFinite(c) || !Number.isFinite(p)) return null;
    const v = ppChangeOf(c as number, p as number);
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
}

/** FIN.PPCHANGE: (current − prior) × 100, the change of a ratio in percentage points. */
export function ppChange(current: unknown, prior: unknown): MatrixResult {
  return elementwise(
    [
      ["current", current],
      ["prior", prior],
    ],
    ppChangeOf,
    ppChangeRows
  );
}

/** (end ÷ begin)^(1 ÷ years) − 1, with #NUM! where Excel's RRI gives it. */
function cagrOf(begin: number, end: number, years: number): Outcome {
  if (years <= 0) return fail("invalidNumber", say("cagrYears"));
  if (begin <= 0) return fail("invalidNumber", say("cagrBegin"));
  if (end < 0) return fail("invalidNumber", say("cagrEnd"));
  return finite(Math.pow(end / begin, 1 / years) - 1);
}

function cagrRows([begin, end, years]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < begin.length; i++) {
    const b = begin[i];
    const e = end[i];
    const y = years[i];
    if (!Number.isFinite(b) || !Number.isFinite(e) || !Number.isFinite(y)) return null;
    const v = cagrOf(b as number, e as number, y as number);
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
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
    cagrOf,
    cagrRows
  );
}
