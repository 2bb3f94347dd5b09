/**
 * The peer metrics: which statement lines each needs, which FIN function computes it, and which
 * direction is better. A metric a company lacks is reported as missing (a blank cell and a note),
 * never computed as 0.
 */
import { formatCellAddress, quoteSheetName } from "../references";
import { cellAt, type LineItem, type Meaning, type Statement } from "../statements";
import { priorYearPosition } from "./periods";

export type BaseMetricId =
  | "revenueGrowth"
  | "netLossRate"
  | "netMargin"
  | "grossMargin"
  | "costOfRevenueRatio"
  | "bandwidthCostRatio"
  | "sellingExpenseRatio"
  | "adminExpenseRatio"
  | "rdExpenseRatio"
  | "financeCostRatio"
  | "periodExpenseRatio";

/** A base metric, or a revenue segment's share of revenue (`share:subscription`). */
export type MetricId = BaseMetricId | `share:${string}`;

/** Which end of a metric's row ranks first: rank 1 is the best (or, for mix shares, the largest). */
export type Better = "higher" | "lower" | "none";

/** Base metrics in the order the comparison lists them. */
export const baseMetrics: readonly BaseMetricId[] = [
  "revenueGrowth",
  "netLossRate",
  "netMargin",
  "grossMargin",
  "costOfRevenueRatio",
  "bandwidthCostRatio",
  "sellingExpenseRatio",
  "adminExpenseRatio",
  "rdExpenseRatio",
  "financeCostRatio",
  "periodExpenseRatio",
];

const BETTER: Record<BaseMetricId, Better> = {
  revenueGrowth: "higher",
  netLossRate: "lower",
  netMargin: "higher",
  grossMargin: "higher",
  costOfRevenueRatio: "lower",
  bandwidthCostRatio: "lower",
  sellingExpenseRatio: "lower",
  adminExpenseRatio: "lower",
  rdExpenseRatio: "none", // R&D spending is investment as much as cost: rank by size
  financeCostRatio: "lower",
  periodExpenseRatio: "lower",
};

/** The single expense or cost line of each simple ratio. */
const RATIO_LINE: Partial<Record<BaseMetricId, Meaning>> = {
  costOfRevenueRatio: "costOfRevenue",
  bandwidthCostRatio: "bandwidthCost",
  sellingExpenseRatio: "sellingExpense",
  adminExpenseRatio: "adminExpense",
  rdExpenseRatio: "rdExpense",
  financeCostRatio: "financeCost",
};

export function betterOf(metric: MetricId): Better {
  return isShare(metric) ? "none" : BETTER[metric];
}

export function isShare(metric: MetricId): metric is `share:${string}` {
  return metric.startsWith("share:");
}

/** Where a company's statement sits on its sheet, so its cells can be referenced. */
export interface PeerCompany {
  /** Stable id of the found statement (`sheet:Agora`, `table:Table1`). */
  id: string;
  /** The name shown in the comparison (the analyst may edit it). */
  name: string;
  sheet: string;
  /** The sheet row and column of the statement grid's top-left cell (0-based). */
  origin: { row: number; column: number };
  /** The grid's address as Excel writes it (`'Agora Inc.'!A1:C5`), for the source note. */
  address: string;
  statement: Statement;
}

/** Why a company's cell for a metric is left blank. */
export type Missing =
  | { kind: "line"; meaning: Meaning }
  | { kind: "priorPeriod" }
  | { kind: "period" }
  | { kind: "segment"; segment: string };

export type MetricCell = { formula: string; note?: "partialSum" } | { missing: Missing };

/** Kinds of revenue segment analysts compare across companies, matched by what the label says. */
const SEGMENT_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["subscription", /订阅|会员|subscription|membership/i],
  ["advertising", /广告|advertis/i],
  ["liveStreaming", /直播|live[- ]?stream/i],
  ["education", /教育|education/i],
  ["games", /游戏|game/i],
];

/** A segment line's comparable key: a known kind, or its label in lower case. */
export function segmentKey(label: string): string {
  const kind = SEGMENT_KINDS.find(([, pattern]) => pattern.test(label));
  return kind ? kind[0] : label.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The first line of a meaning that holds any figure (a heading-like empty line is passed over). */
export function lineOf(statement: Statement, meaning: Meaning): LineItem | null {
  const lines = statement.lines.filter((l) => l.meaning === meaning);
  return lines.find((l) => l.values.some((v) => v !== null)) ?? lines[0] ?? null;
}

function segmentLine(statement: Statement, key: string): LineItem | null {
  return (
    statement.lines.find((l) => l.meaning === "revenueSegment" && segmentKey(l.label) === key) ??
    null
  );
}

/** The revenue segments a statement reports, by key, with the label as written. */
export function segmentsOf(statement: Statement): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of statement.lines) {
    if (line.meaning !== "revenueSegment") continue;
    const key = segmentKey(line.label);
    if (!found.has(key)) found.set(key, line.label);
  }
  return found;
}

/** The metrics a statement has the lines for (periods aside). */
export function metricsOf(statement: Statement): MetricId[] {
  const has = (m: Meaning) => lineOf(statement, m) !== null;
  const out: MetricId[] = [];
  if (!has("revenue")) return out;
  for (const metric of baseMetrics) {
    const line = RATIO_LINE[metric];
    if (line !== undefined) {
      if (has(line)) out.push(metric);
      continue;
    }
    switch (metric) {
      case "revenueGrowth":
        if (statement.periods.some((_, i) => priorYearPosition(statement, i) !== null))
          out.push(metric);
        break;
      case "netLossRate":
      case "netMargin":
        if (has("netIncome")) out.push(metric);
        break;
      case "grossMargin":
        if (has("grossProfit")) out.push(metric);
        break;
      case "periodExpenseRatio":
        if (has("totalOperatingExpenses") || (has("sellingExpense") && has("adminExpense")))
          out.push(metric);
        break;
    }
  }
  for (const key of segmentsOf(statement).keys()) out.push(`share:${key}`);
  return out;
}

/** Metrics that at least `minimum` of the companies have, base metrics first, then segments. */
export function sharedMetrics(statements: readonly Statement[], minimum = 2): MetricId[] {
  const counts = new Map<MetricId, number>();
  for (const statement of statements) {
    for (const metric of metricsOf(statement)) counts.set(metric, (counts.get(metric) ?? 0) + 1);
  }
  const order = (m: MetricId) => (isShare(m) ? baseMetrics.length : baseMetrics.indexOf(m));
  return [...counts.entries()]
    .filter(([, n]) => n >= minimum)
    .map(([metric]) => metric)
    .sort((a, b) => order(a) - order(b)); // stable: segments keep the order they were met in
}

/** A reference to a statement cell: `'Agora Inc.'!C3`. */
export function referTo(company: PeerCompany, line: LineItem, periodPosition: number): string {
  const { statement, origin, sheet } = company;
  const period = statement.periods[periodPosition];
  const at = cellAt(statement.orientation, line.index, period.index);
  return `${quoteSheetName(sheet)}!${formatCellAddress(origin.row + at.row, origin.column + at.column)}`;
}

/** A block of lines for one period when they sit next to each other: `'Agora'!C3:C5`; else null. */
function referToBlock(
  company: PeerCompany,
  lines: readonly LineItem[],
  periodPosition: number
): string | null {
  const indices = lines.map((l) => l.index).sort((a, b) => a - b);
  if (indices.some((index, i) => i > 0 && index !== indices[i - 1] + 1)) return null;
  const first = lines.find((l) => l.index === indices[0])!;
  const last = lines.find((l) => l.index === indices[indices.length - 1])!;
  const start = referTo(company, first, periodPosition);
  const end = referTo(company, last, periodPosition).split("!").pop()!;
  return `${start}:${end}`;
}

/** The formula for one company's metric in one period, or why it stays blank. */
export function metricCell(
  metric: MetricId,
  company: PeerCompany,
  periodPosition: number | null
): MetricCell {
  if (periodPosition === null) return { missing: { kind: "period" } };
  const { statement } = company;
  const revenue = lineOf(statement, "revenue");
  if (!revenue) return { missing: { kind: "line", meaning: "revenue" } };
  const ref = (line: LineItem, position = periodPosition) => referTo(company, line, position);
  const need = (meaning: Meaning): LineItem | Missing =>
    lineOf(statement, meaning) ?? { kind: "line", meaning };
  const isMissing = (x: LineItem | Missing): x is Missing => "kind" in x;

  if (isShare(metric)) {
    const key = metric.slice("share:".length);
    const segment = segmentLine(statement, key);
    if (!segment) return { missing: { kind: "segment", segment: key } };
    return { formula: `=FIN.SHARE(${ref(segment)},${ref(revenue)})` };
  }
  const single = RATIO_LINE[metric];
  if (single !== undefined) {
    const line = need(single);
    if (isMissing(line)) return { missing: line };
    return { formula: `=FIN.EXPENSERATIO(${ref(line)},${ref(revenue)})` };
  }
  switch (metric) {
    case "revenueGrowth": {
      const prior = priorYearPosition(statement, periodPosition);
      if (prior === null) return { missing: { kind: "priorPeriod" } };
      return { formula: `=FIN.GROWTH(${ref(revenue)},${ref(revenue, prior)})` };
    }
    case "netLossRate":
    case "netMargin": {
      const ni = need("netIncome");
      if (isMissing(ni)) return { missing: ni };
      // A "Net loss" line written with positive figures already states the loss: flip the function.
      const lossRate = (metric === "netLossRate") !== ni.reportedAsLoss;
      return { formula: `=FIN.${lossRate ? "LOSSRATE" : "MARGIN"}(${ref(ni)},${ref(revenue)})` };
    }
    case "grossMargin": {
      const gp = need("grossProfit");
      if (isMissing(gp)) return { missing: gp };
      const fn = gp.reportedAsLoss ? "LOSSRATE" : "MARGIN";
      return { formula: `=FIN.${fn}(${ref(gp)},${ref(revenue)})` };
    }
    case "periodExpenseRatio":
      return periodExpenseCell(company, periodPosition, revenue);
    default:
      return { missing: { kind: "line", meaning: "revenue" } }; // unreachable: every metric is handled above
  }
}

/** Total operating expenses ÷ revenue when the line exists; else (selling + admin [+ finance]) ÷ revenue. */
function periodExpenseCell(
  company: PeerCompany,
  periodPosition: number,
  revenue: LineItem
): MetricCell {
  const { statement } = company;
  const rev = referTo(company, revenue, periodPosition);
  const total = lineOf(statement, "totalOperatingExpenses");
  if (total)
    return { formula: `=FIN.EXPENSERATIO(${referTo(company, total, periodPosition)},${rev})` };
  const selling = lineOf(statement, "sellingExpense");
  const admin = lineOf(statement, "adminExpense");
  if (!selling) return { missing: { kind: "line", meaning: "sellingExpense" } };
  if (!admin) return { missing: { kind: "line", meaning: "adminExpense" } };
  const finance = lineOf(statement, "financeCost");
  const parts = finance ? [selling, admin, finance] : [selling, admin];
  const note = finance ? {} : { note: "partialSum" as const };
  const block = referToBlock(company, parts, periodPosition);
  if (block) return { formula: `=FIN.EXPENSERATIO(${block},${rev})`, ...note };
  // Lines apart: add them, but only when every part is a figure (an unknown part leaves it blank).
  const refs = parts.map((p) => referTo(company, p, periodPosition));
  return {
    formula: `=IF(COUNT(${refs.join(",")})=${refs.length},FIN.EXPENSERATIO(${refs.join("+")},${rev}),"")`,
    ...note,
  };
}
