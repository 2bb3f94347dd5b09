/*
 * What an analysis of a recognised statement can hold, and what FIN ticks by default: growth for
 * every line, each expense line's ratio to revenue, the period expense ratio, the net loss rate (or
 * net margin), the revenue mix, the percentage-point change of each ratio, the cumulative net loss
 * and the CAGR over the whole span.
 */
import {
  expenseRatioOperands,
  inLoss,
  lacks,
  lineOf,
  linesOf,
  netResultLine,
  periodExpenseOperands,
  resultRatioOperands,
  type Lack,
  type Operands,
} from "../catalogue";
import {
  cagrSpan,
  endMonth,
  priorPeriod,
  type LineItem,
  type Meaning,
  type Statement,
} from "../statements";

export type MetricKey =
  | "growthYoY"
  | "growthQoQ"
  | "expenseRatios"
  | "periodExpenseRatio"
  | "netResult"
  | "adjustedResult"
  | "margins"
  | "shares"
  | "ppChange"
  | "cumulativeLoss"
  | "cagr"
  | "checks";

export const metricKeys: readonly MetricKey[] = [
  "growthYoY",
  "growthQoQ",
  "expenseRatios",
  "periodExpenseRatio",
  "netResult",
  "adjustedResult",
  "margins",
  "shares",
  "ppChange",
  "cumulativeLoss",
  "cagr",
  "checks",
];

export type AnalysisOptions = Record<MetricKey, boolean> & {
  /** Count R&D in the period expense ratio (analysts differ; ignored when there is a total line). */
  includeRd: boolean;
};

/** Why a metric can't be offered for this statement. */
export type Unavailable =
  | "noRevenue"
  | "noLag"
  | "notQuarterly"
  | "noExpenses"
  | "noPeriodExpenseParts"
  | "noNetIncome"
  | "noSegments"
  | "noRatios"
  | "notLossMaking"
  | "periodsNotAdjacent"
  | "notConsecutive"
  | "spanTooShort"
  | "noAdjusted"
  | "noMarginLines"
  | "noChecks";

export interface AnalysisChoices {
  available: Record<MetricKey, boolean>;
  /** For each metric not available, the reason in a word the task pane turns into a sentence. */
  reasons: Partial<Record<MetricKey, Unavailable>>;
  defaults: AnalysisOptions;
  revenue: LineItem | null;
  netIncome: LineItem | null;
  /** The latest known net result is a loss: FIN offers the net loss rate rather than the net margin. */
  lossMaking: boolean;
  /** The total-operating-expenses line (总营业费用) the period expense ratio is taken from, if any. */
  totalLine: LineItem | null;
  /** Where the period expense ratio comes from: a total-operating-expenses line, or its parts. */
  periodExpenseSource: "total" | "components" | null;
  /** The R&D switch matters: there is an R&D line and no total line. */
  rdSwitchApplies: boolean;
  /** Whole years between the first and last period (like periods), for the CAGR. */
  spanYears: number | null;
  /** Ratios refused because a line is in another currency than revenue (never a 5000 % ratio). */
  refusals: Refusal[];
}

/** A line whose ratio to revenue FIN will not write: its currency is not revenue's. */
export interface Refusal {
  line: LineItem;
  revenue: LineItem;
  currencies: [string, string];
}

/** The expense lines each given a ratio to revenue (the total line is the period expense ratio). */
export const EXPENSE_MEANINGS: readonly Meaning[] = [
  "costOfRevenue",
  "bandwidthCost",
  "sellingExpense",
  "adminExpense",
  "rdExpense",
  "financeCost",
  "revenueShareCost",
];

/** Positions in `statement.periods` from oldest to newest; null when two periods end together. */
export function chronological(statement: Statement): number[] | null {
  const order = statement.periods.map((_, i) => i);
  order.sort((a, b) => endMonth(statement.periods[a]) - endMonth(statement.periods[b]));
  const ends = order.map((i) => endMonth(statement.periods[i]));
  if (ends.some((e, k) => k > 0 && e === ends[k - 1])) return null;
  return order;
}

/** The periods sit in adjacent columns (rows when down), oldest to newest one way or the other. */
export function periodsAdjacent(statement: Statement): boolean {
  const order = chronological(statement);
  if (!order) return false;
  const indices = order.map((i) => statement.periods[i].index);
  const step = indices.length > 1 ? indices[1] - indices[0] : 1;
  return Math.abs(step) === 1 && indices.every((ix, k) => k === 0 || ix - indices[k - 1] === step);
}

const PERIOD_MONTHS = { year: 12, quarter: 3, half: 6 } as const;

/** Each period follows the one before without a gap (2018, 2019, 2020 or Q4 2021, Q1 2022), so running totals mean something. */
export function periodsConsecutive(statement: Statement): boolean {
  const order = chronological(statement);
  const kind = statement.periods[0]?.kind;
  if (!order || kind === undefined || kind === "ytd") return false;
  if (statement.periods.some((p) => p.kind !== kind)) return false;
  const ends = order.map((i) => endMonth(statement.periods[i]));
  return ends.every((e, k) => k === 0 || e - ends[k - 1] === PERIOD_MONTHS[kind]);
}

/** Some period has a prior period to compare with. */
function hasPairs(statement: Statement, comparison: "yoy" | "qoq"): boolean {
  return statement.periods.some((_, i) => priorPeriod(statement.periods, i, comparison) !== null);
}

export function analysisChoices(statement: Statement): AnalysisChoices {
  const revenue = lineOf(statement, "revenue");
  const netIncome = netResultLine(statement);
  const adjusted = lineOf(statement, "adjustedNetIncome");
  const marginLines = linesOf(statement, ["grossProfit", "operatingIncome"]);
  const expenses = linesOf(statement, EXPENSE_MEANINGS);
  const total = lineOf(statement, "totalOperatingExpenses");
  const rd = linesOf(statement, ["rdExpense"]);
  const segments = linesOf(statement, ["revenueSegment"]);
  const yoy = hasPairs(statement, "yoy");
  const qoq = hasPairs(statement, "qoq");
  const order = chronological(statement);
  const spanYears =
    order && order.length > 1
      ? cagrSpan(statement.periods, order[0], order[order.length - 1])
      : null;
  const lossMaking = netIncome !== null && inLoss(statement, netIncome);

  const reasons: Partial<Record<MetricKey, Unavailable>> = {};
  const need = (key: MetricKey, ...checks: Array<[boolean, Unavailable]>): boolean => {
    const failed = checks.find(([ok]) => !ok);
    if (failed) reasons[key] = failed[1];
    return !failed;
  };
  const hasRevenue: [boolean, Unavailable] = [revenue !== null, "noRevenue"];
  const periodExpenseSource = lacks(periodExpenseOperands(statement, false))
    ? null
    : total
      ? "total"
      : "components";

  const available: Record<MetricKey, boolean> = {
    growthYoY: need("growthYoY", [yoy, "noLag"]),
    growthQoQ: need("growthQoQ", [qoq, "notQuarterly"]),
    expenseRatios: need("expenseRatios", hasRevenue, [expenses.length > 0, "noExpenses"]),
    periodExpenseRatio: need("periodExpenseRatio", hasRevenue, [
      periodExpenseSource !== null,
      "noPeriodExpenseParts",
    ]),
    netResult: need("netResult", hasRevenue, [netIncome !== null, "noNetIncome"]),
    shares: need("shares", hasRevenue, [segments.length > 0, "noSegments"]),
    ppChange: need(
      "ppChange",
      hasRevenue,
      [yoy, "noLag"],
      [
        expenses.length + segments.length > 0 || periodExpenseSource !== null || netIncome !== null,
        "noRatios",
      ]
    ),
    cumulativeLoss: need(
      "cumulativeLoss",
      [netIncome !== null, "noNetIncome"],
      [lossMaking, "notLossMaking"],
      [periodsConsecutive(statement), "notConsecutive"],
      [periodsAdjacent(statement), "periodsNotAdjacent"]
    ),
    cagr: need("cagr", hasRevenue, [yoy, "noLag"], [spanYears !== null, "spanTooShort"]),
    adjustedResult: need("adjustedResult", hasRevenue, [adjusted !== null, "noAdjusted"]),
    margins: need("margins", hasRevenue, [marginLines.length > 0, "noMarginLines"]),
    checks: need("checks", [(statement.checks ?? []).length > 0, "noChecks"]),
  };

  const defaults: AnalysisOptions = {
    growthYoY: available.growthYoY,
    growthQoQ: available.growthQoQ,
    expenseRatios: available.expenseRatios,
    periodExpenseRatio: available.periodExpenseRatio,
    netResult: available.netResult,
    shares: available.shares,
    ppChange: available.ppChange,
    cumulativeLoss: available.cumulativeLoss,
    cagr: available.cagr && spanYears !== null && spanYears >= 2,
    adjustedResult: available.adjustedResult,
    margins: available.margins,
    // The checks are listed in the pane; writing them as rows is the analyst's call.
    checks: false,
    includeRd: false,
  };

  return {
    available,
    reasons,
    defaults,
    revenue,
    netIncome,
    lossMaking,
    totalLine: total,
    periodExpenseSource,
    rdSwitchApplies: !total && rd.length > 0,
    spanYears,
    refusals: revenue ? refusals(statement, revenue, expenses) : [],
  };
}

/** Every ratio FIN would offer whose line is in another currency than revenue. */
function refusals(statement: Statement, revenue: LineItem, expenses: LineItem[]): Refusal[] {
  const operands: (Operands | Lack)[] = [
    ...expenses.map((line) => expenseRatioOperands(statement, line)),
    periodExpenseOperands(statement, false),
    resultRatioOperands(statement, "netIncome", false),
    resultRatioOperands(statement, "adjustedNetIncome", false),
    resultRatioOperands(statement, "grossProfit", false),
    resultRatioOperands(statement, "operatingIncome", false),
  ];
  const out: Refusal[] = [];
  for (const op of operands)
    if (lacks(op) && op.currencies && op.line && !out.some((r) => r.line === op.line))
      out.push({ line: op.line, revenue, currencies: op.currencies });
  return out;
}

/** The statement with the analyst's choice of meaning for some lines (by line index). */
export function withMeanings(
  statement: Statement,
  overrides: Readonly<Record<number, Meaning | null>>
): Statement {
  return {
    ...statement,
    lines: statement.lines.map((line) =>
      line.index in overrides ? { ...line, meaning: overrides[line.index] } : line
    ),
  };
}
