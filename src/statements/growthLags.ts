/** How far back, in columns, the same period of the prior year (and the prior quarter) sits. */
import type { Period } from "./periods";

/**
 * Lags along the period axis: the prior period of the column at i sits at i − lag. A negative lag means the
 * periods run newest first (2022, 2021, 2020), so the prior period is to the right. null: no sensible lag.
 */
export interface GrowthLags {
  yoy: number | null;
  qoq: number | null;
}

const PER_YEAR = { year: 1, ytd: 1, half: 2, quarter: 4 } as const;

/** A period's place on a count of its own kind: years in years, quarters in quarters, halves in halves. */
function ordinal(period: Period): number {
  if (period.kind === "quarter") return period.year * 4 + (period.quarter ?? 1) - 1;
  if (period.kind === "half") return period.year * 2 + (period.half ?? 1) - 1;
  return period.year;
}

export function growthLags(periods: readonly Period[]): GrowthLags {
  const none = { yoy: null, qoq: null };
  if (periods.length < 2) return none;
  const { kind, months } = periods[0];
  if (periods.some((p) => p.kind !== kind || p.months !== months)) return none;
  const ordinals = periods.map(ordinal);
  const step = ordinals[1] - ordinals[0];
  if (step === 0 || ordinals.some((o, i) => i > 0 && o - ordinals[i - 1] !== step)) return none;
  const direction = Math.sign(step);
  const perYear = PER_YEAR[kind];
  // Consecutive periods: a year back is one year's worth of columns, and only quarters have a prior quarter.
  if (Math.abs(step) === 1)
    return { yoy: perYear * direction, qoq: kind === "quarter" ? direction : null };
  // The same quarter (or half) of successive years: each column's prior year is its neighbour.
  if (Math.abs(step) === perYear) return { yoy: direction, qoq: null };
  return none;
}
