/*
 * Which period a comparison pairs with which (contract B). A stand-in written by the `cat` branch
 * until the reader's own lands: same signatures, periods matched by kind and label, any column order.
 */
import type { StatementPeriod } from "./readStatement";

/** The part of its year a period covers: quarter, half, or months of a year-to-date; null for a year. */
function partOf(period: StatementPeriod): number | null {
  if (period.kind === "quarter") return period.quarter ?? null;
  if (period.kind === "half") return period.half ?? null;
  if (period.kind === "ytd") return period.months ?? null;
  return null;
}

/** Same kind and the same part of the year (Q1 with Q1, 9M with 9M). */
function alike(a: StatementPeriod, b: StatementPeriod): boolean {
  return a.kind === b.kind && partOf(a) === partOf(b);
}

/**
 * The position of the period `position` is compared with: the like period a year earlier ("yoy"),
 * or the quarter before ("qoq", quarters only); null when the statement has none.
 */
export function priorPeriod(
  periods: readonly StatementPeriod[],
  position: number,
  comparison: "yoy" | "qoq"
): number | null {
  const here = periods[position];
  if (!here) return null;
  if (comparison === "yoy") {
    if (here.kind !== "year" && partOf(here) === null) return null;
    const found = periods.findIndex((p) => alike(p, here) && p.year === here.year - 1);
    return found >= 0 ? found : null;
  }
  if (here.kind !== "quarter" || here.quarter === undefined) return null;
  const [year, quarter] = here.quarter === 1 ? [here.year - 1, 4] : [here.year, here.quarter - 1];
  const found = periods.findIndex(
    (p) => p.kind === "quarter" && p.quarter === quarter && p.year === year
  );
  return found >= 0 ? found : null;
}

/** Whole years from the period at `from` to the like period at `to`; null when unlike or not later. */
export function cagrSpan(
  periods: readonly StatementPeriod[],
  from: number,
  to: number
): number | null {
  const a = periods[from];
  const b = periods[to];
  if (!a || !b || !alike(a, b) || (a.kind !== "year" && partOf(a) === null)) return null;
  const years = b.year - a.year;
  return years > 0 ? years : null;
}

/** A period's end on a count of months (2020 → 2020·12 + 12, Q1 2022 → 2022·12 + 3). */
export function endMonth(period: StatementPeriod): number {
  const month =
    period.kind === "quarter"
      ? (period.quarter ?? 4) * 3
      : period.kind === "half"
        ? (period.half ?? 2) * 6
        : period.kind === "ytd"
          ? (period.months ?? 12)
          : 12;
  return period.year * 12 + month;
}
