/**
 * The peer metrics: each a catalogue metric over a company's lines. A metric a company lacks is
 * reported as missing (a blank cell and a note), never computed as 0.
 */
import {
  catalogue,
  lineOf,
  expenseRatioOperands,
  growthOperands,
  growthRecipe,
  lacks,
  periodExpenseOperands,
  ratioRecipe,
  resultRatioOperands,
  shareOperands,
  type Better,
  type CatalogueId,
  type CellRefs,
  type Lack,
  type Operands,
  type Recipe,
} from "../catalogue";
import { formatCellAddress, quoteSheetName } from "../references";
import { isSize, sizeMetricsOf, type SizeMetricId } from "./sizes";
import { cellAt, priorPeriod, type LineItem, type Meaning, type Statement } from "../statements";

export type BaseMetricId =
  | "revenueGrowth"
  | "netLossRate"
  | "netMargin"
  | "grossMargin"
  | "operatingMargin"
  | "costOfRevenueRatio"
  | "bandwidthCostRatio"
  | "sellingExpenseRatio"
  | "adminExpenseRatio"
  | "rdExpenseRatio"
  | "financeCostRatio"
  | "periodExpenseRatio"
  | "periodExpenseRatioWithRd";

/** A base metric, a revenue segment's share of revenue (`share:subscription`), or a size (`size:revenue`). */
export type MetricId = BaseMetricId | `share:${string}` | SizeMetricId;

export type { Better };

/** Base metrics in the order the comparison lists them. */
export const baseMetrics: readonly BaseMetricId[] = [
  "revenueGrowth",
  "netLossRate",
  "netMargin",
  "grossMargin",
  "operatingMargin",
  "costOfRevenueRatio",
  "bandwidthCostRatio",
  "sellingExpenseRatio",
  "adminExpenseRatio",
  "rdExpenseRatio",
  "financeCostRatio",
  "periodExpenseRatio",
  "periodExpenseRatioWithRd",
];

/** The single expense or cost line of each simple ratio. */
const RATIO_LINE: Partial<Record<BaseMetricId, Meaning>> = {
  costOfRevenueRatio: "costOfRevenue",
  bandwidthCostRatio: "bandwidthCost",
  sellingExpenseRatio: "sellingExpense",
  adminExpenseRatio: "adminExpense",
  rdExpenseRatio: "rdExpense",
  financeCostRatio: "financeCost",
};

/** The catalogue metric each peer metric is. */
const CATALOGUE_ID: Record<BaseMetricId, CatalogueId> = {
  revenueGrowth: "growth",
  netLossRate: "netLossRate",
  netMargin: "netMargin",
  grossMargin: "grossMargin",
  operatingMargin: "operatingMargin",
  costOfRevenueRatio: "expenseRatio",
  bandwidthCostRatio: "expenseRatio",
  sellingExpenseRatio: "expenseRatio",
  adminExpenseRatio: "expenseRatio",
  rdExpenseRatio: "expenseRatio",
  financeCostRatio: "expenseRatio",
  periodExpenseRatio: "periodExpenseRatio",
  periodExpenseRatioWithRd: "periodExpenseRatio",
};

export function betterOf(metric: MetricId): Better {
  if (isShare(metric)) return catalogue.share.better;
  // Sizes rank the largest first; a larger income is better, a larger revenue only larger.
  if (isSize(metric)) return metric === "size:revenue" ? "none" : "higher";
  // R&D spending is investment as much as cost: ranked by size.
  if (metric === "rdExpenseRatio") return "none";
  return catalogue[CATALOGUE_ID[metric]].better;
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
  /** The grid's cells as Office.js read them (for a snapshot); absent when only formulas are written. */
  values?: unknown[][];
}

/** Why a company's cell for a metric is left blank. */
export type Missing =
  | { kind: "line"; meaning: Meaning }
  | { kind: "priorPeriod" }
  | { kind: "period" }
  | { kind: "segment"; segment: string };

export type MetricCell =
  { recipe: Recipe; partial: boolean; negativeCosts: boolean } | { missing: Missing };

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
        if (statement.periods.some((_, i) => priorPeriod(statement.periods, i, "yoy") !== null))
          out.push(metric);
        break;
      case "netLossRate":
      case "netMargin":
      case "grossMargin":
      case "operatingMargin":
        if (!lacks(operandsOf(metric, statement))) out.push(metric);
        break;
      case "periodExpenseRatio":
        if (!lacks(periodExpenseOperands(statement, false))) out.push(metric);
        break;
      case "periodExpenseRatioWithRd":
        // Offered only where R&D changes the sum: no total line, and an R&D line.
        if (
          !has("totalOperatingExpenses") &&
          has("rdExpense") &&
          !lacks(periodExpenseOperands(statement, true))
        )
          out.push(metric);
        break;
    }
  }
  for (const key of segmentsOf(statement).keys()) out.push(`share:${key}`);
  out.push(...sizeMetricsOf(statement));
  return out;
}

/** Metrics that at least `minimum` of the companies have, base metrics first, then segments. */
export function sharedMetrics(statements: readonly Statement[], minimum = 2): MetricId[] {
  const counts = new Map<MetricId, number>();
  for (const statement of statements) {
    for (const metric of metricsOf(statement)) counts.set(metric, (counts.get(metric) ?? 0) + 1);
  }
  // Sizes first, as a comps table opens; segments last.
  const order = (m: MetricId) =>
    isSize(m) ? -1 : isShare(m) ? baseMetrics.length : baseMetrics.indexOf(m as BaseMetricId);
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

/** The company's cells for the catalogue's recipes. */
function refsOf(company: PeerCompany): CellRefs {
  const { statement, origin } = company;
  const at = (line: LineItem, position: number) =>
    cellAt(statement.orientation, line.index, statement.periods[position].index);
  return {
    cell: (line, position) => {
      const { row, column } = at(line, position);
      return { ref: referTo(company, line, position), raw: company.values?.[row]?.[column] };
    },
    lines: (first, last, position) => {
      const end = at(last, position);
      return `${referTo(company, first, position)}:${formatCellAddress(origin.row + end.row, origin.column + end.column)}`;
    },
    span: () => "",
  };
}

/** What a base metric reads from a statement (not growth, which pairs periods). */
function operandsOf(metric: BaseMetricId, statement: Statement): Operands | Lack {
  const single = RATIO_LINE[metric];
  if (single !== undefined) {
    const line = lineOf(statement, single);
    return line ? expenseRatioOperands(statement, line) : { missing: single };
  }
  switch (metric) {
    case "netLossRate":
      return resultRatioOperands(statement, "netIncome", true);
    case "netMargin":
      return resultRatioOperands(statement, "netIncome", false);
    case "grossMargin":
      return resultRatioOperands(statement, "grossProfit", false);
    case "operatingMargin":
      return resultRatioOperands(statement, "operatingIncome", false);
    case "periodExpenseRatio":
      return periodExpenseOperands(statement, false);
    case "periodExpenseRatioWithRd":
      return periodExpenseOperands(statement, true);
    default:
      return { missing: "revenue" };
  }
}

/** The recipe for one company's metric in one period, or why it stays blank. */
export function metricCell(
  metric: MetricId,
  company: PeerCompany,
  periodPosition: number | null
): MetricCell {
  if (periodPosition === null) return { missing: { kind: "period" } };
  // Sizes are not catalogue recipes: the peer plan scales them itself (./sizes).
  if (isSize(metric)) return { missing: { kind: "line", meaning: "revenue" } };
  const { statement } = company;
  const revenue = lineOf(statement, "revenue");
  if (!revenue) return { missing: { kind: "line", meaning: "revenue" } };
  const refs = refsOf(company);

  if (isShare(metric)) {
    const key = metric.slice("share:".length);
    const segment = segmentLine(statement, key);
    if (!segment) return { missing: { kind: "segment", segment: key } };
    const op = shareOperands(statement, segment);
    if (lacks(op) || op.kind !== "ratio") return { missing: { kind: "line", meaning: "revenue" } };
    return { recipe: ratioRecipe(op, periodPosition, refs), partial: false, negativeCosts: false };
  }
  if (metric === "revenueGrowth") {
    const prior = priorPeriod(statement.periods, periodPosition, "yoy");
    if (prior === null) return { missing: { kind: "priorPeriod" } };
    const op = growthOperands(statement, revenue);
    if (op.kind !== "growth") return { missing: { kind: "priorPeriod" } };
    return {
      recipe: growthRecipe(op, periodPosition, prior, refs),
      partial: false,
      negativeCosts: false,
    };
  }
  const op = operandsOf(metric, statement);
  if (lacks(op)) return { missing: { kind: "line", meaning: op.missing } };
  if (op.kind !== "ratio") return { missing: { kind: "line", meaning: "revenue" } };
  const costs =
    CATALOGUE_ID[metric] === "expenseRatio" || CATALOGUE_ID[metric] === "periodExpenseRatio";
  return {
    recipe: ratioRecipe(op, periodPosition, refs),
    partial: op.partial,
    negativeCosts: costs && op.negate,
  };
}

export { lineOf };
