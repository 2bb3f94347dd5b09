/**
 * Sizes on one scale: an amount line (revenue, net income…) of every company in one currency and
 * unit the analyst chooses. The unit factor (亿元 → millions: × 100) is a number in the formula;
 * a currency that differs is converted by a rate the analyst types into an input cell on the sheet,
 * never guessed: until it is typed, the size stays blank.
 */
import { lineOf } from "../catalogue";
import type { Currency, LineItem, Statement } from "../statements";

export type SizeLine = "revenue" | "grossProfit" | "operatingIncome" | "netIncome";

export const sizeLines: readonly SizeLine[] = [
  "revenue",
  "grossProfit",
  "operatingIncome",
  "netIncome",
];

export type SizeMetricId = `size:${SizeLine}`;

/** The currency and unit every size is shown in: USD millions, 元人民币 亿. */
export interface SizeUnit {
  currency: Currency;
  scale: number;
}

/** The units the pane offers, in the order it offers them. */
export const sizeScales: readonly number[] = [1, 1e3, 1e4, 1e6, 1e8, 1e9];

export function isSize(metric: string): metric is SizeMetricId {
  return metric.startsWith("size:");
}

export function sizeLineOf(metric: SizeMetricId): SizeLine {
  return metric.slice("size:".length) as SizeLine;
}

/** The size metrics a statement has the lines for. */
export function sizeMetricsOf(statement: Statement): SizeMetricId[] {
  return sizeLines.filter((l) => lineOf(statement, l) !== null).map((l) => `size:${l}` as const);
}

/** What one figure of the statement is worth in the chosen unit, currency aside (亿 → millions: 100). */
export function unitFactor(statement: Statement, unit: SizeUnit): number {
  const scale = statement.unit?.scale ?? 1;
  // Rounded to 12 significant digits: 1e8 / 1e6 is 100, not 100.00000000000001.
  return Number((scale / unit.scale).toPrecision(12));
}

/**
 * The rate a statement's figures need, by key: null when it is in the chosen currency; the
 * currency code when the statement names one; `?` + the company's id when it names none.
 */
export function rateKey(statement: Statement, companyId: string, unit: SizeUnit): string | null {
  const currency = statement.unit?.currency ?? null;
  if (currency === unit.currency) return null;
  return currency ?? `?${companyId}`;
}

/** The line a size reads, and whether its figures are losses written positive (read as −value). */
export function sizeSource(
  statement: Statement,
  line: SizeLine
): { line: LineItem; negate: boolean } | null {
  const found = lineOf(statement, line);
  return found ? { line: found, negate: found.reportedAsLoss } : null;
}

/** The size cell: a formula over the source cell (and the rate cell), or the value for a snapshot. */
export function sizeCell(args: {
  ref: string;
  negate: boolean;
  factor: number;
  /** `$B$12`, or null when no rate is needed. */
  rateRef: string | null;
  values: boolean;
  raw?: unknown;
  rate?: number | null;
}): string | number {
  const { ref, negate, factor, rateRef } = args;
  if (args.values) {
    const raw = typeof args.raw === "number" ? args.raw : null;
    if (raw === null) return "";
    if (rateRef !== null && (args.rate === null || args.rate === undefined)) return "";
    return (negate ? -raw : raw) * factor * (rateRef === null ? 1 : (args.rate as number));
  }
  const blanks = [ref, ...(rateRef ? [rateRef] : [])].map((r) => `${r}=""`).join(",");
  const scaled = `${negate ? "-" : ""}${ref}*${factor}${rateRef ? `*${rateRef}` : ""}`;
  return `=IF(OR(${blanks}),"",${scaled})`;
}
