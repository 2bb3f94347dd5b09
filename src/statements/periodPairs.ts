/**
 * Which period a growth rate or a CAGR compares with: like with like (same kind and length), matched by end
 * date, in any column order and with gaps. The only place FIN pairs periods.
 */
export interface DatedPeriod {
  kind: string;
  end: string | null;
  monthsLong: number | null;
  trailing?: boolean;
}

// A 52/53-week year ends on a Saturday or Sunday, so its quarter ends drift by a few days.
const DRIFT_DAYS = 7;
const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The same day `months` months earlier; a month's last day stays the last day. */
function monthsBefore(iso: string, months: number): number {
  const [year, month, day] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)].map(Number);
  const index = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(index / 12), index % 12];
  const lastOfThen = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const lastOfNow = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(y, m, day === lastOfNow ? lastOfThen : Math.min(day, lastOfThen));
}

function alike(a: DatedPeriod, b: DatedPeriod): boolean {
  return (
    a.kind === b.kind &&
    a.monthsLong === b.monthsLong &&
    Boolean(a.trailing) === Boolean(b.trailing) &&
    a.end !== null &&
    b.end !== null
  );
}

/** Position of the period a year (yoy) or a quarter (qoq, quarters only) before the one at `position`; null if absent. */
export function priorPeriod(
  periods: readonly DatedPeriod[],
  position: number,
  comparison: "yoy" | "qoq"
): number | null {
  const current = periods[position];
  if (!current || current.end === null) return null;
  if (comparison === "qoq" && current.kind !== "quarter") return null;
  const target = monthsBefore(current.end, comparison === "yoy" ? 12 : 3);
  let best: number | null = null;
  let bestDrift = DRIFT_DAYS + 1;
  periods.forEach((candidate, i) => {
    if (i === position || !alike(current, candidate)) return;
    const drift = Math.abs(toUtc(candidate.end!) - target) / DAY_MS;
    if (drift < bestDrift) [best, bestDrift] = [i, drift];
  });
  return best;
}

/** Whole years from the period at `from` to the one at `to` (like periods only), else null: no CAGR over 2.75 years. */
export function cagrSpan(periods: readonly DatedPeriod[], from: number, to: number): number | null {
  const [first, last] = [periods[from], periods[to]];
  if (!first || !last || !alike(first, last)) return null;
  for (let years = 1; years <= 100; years++) {
    const drift = Math.abs(toUtc(first.end!) - monthsBefore(last.end!, 12 * years)) / DAY_MS;
    if (drift <= DRIFT_DAYS) return years;
    if (monthsBefore(last.end!, 12 * years) < toUtc(first.end!) - DRIFT_DAYS * DAY_MS) return null;
  }
  return null;
}

/**
 * A period's end on a count of months (2020 → 2020·12 + 12, Q1 2022 → 2022·12 + 3), so ends sort and
 * subtract in months; an end in a month's first week (a 52/53-week year) counts as the month before.
 */
export function endMonth(period: DatedPeriod): number {
  if (period.end === null) return -Infinity;
  const [year, month, day] = [
    period.end.slice(0, 4),
    period.end.slice(5, 7),
    period.end.slice(8, 10),
  ].map(Number);
  return year * 12 + month - (day <= DRIFT_DAYS ? 1 : 0);
}
