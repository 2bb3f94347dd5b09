/*
 * What an analysis of a recognised statement can hold, and what FIN ticks by default: growth for
 * every line, each expense line's ratio to revenue, the period expense ratio, the net loss rate (or
 * net margin), the revenue mix, the percentage-point change of each ratio, the cumulative net loss
 * and the CAGR over the whole span.
 */
import type { LineItem, Meaning, Statement, StatementPeriod } from "../statements";

export type MetricKey =
  | "growthYoY"
  | "growthQoQ"
  | "expenseRatios"
  | "periodExpenseRatio"
  | "netResult"
  | "shares"
  | "ppChange"
  | "cumulativeLoss"
  | "cagr";

export const metricKeys: readonly MetricKey[] = [
  "growthYoY",
  "growthQoQ",
  "expenseRatios",
  "periodExpenseRatio",
  "netResult",
  "shares",
  "ppChange",
  "cumulativeLoss",
  "cagr",
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
  | "noNetIncome"
  | "noSegments"
  | "noRatios"
  | "notLossMaking"
  | "periodsNotAdjacent"
  | "notConsecutive"
  | "spanTooShort";

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
  /** Years between the first and last period, for the CAGR. */
  spanYears: number | null;
}

/** The expense lines each given a ratio to revenue (the total line is the period expense ratio). */
export const EXPENSE_MEANINGS: readonly Meaning[] = [
  "costOfRevenue",
  "bandwidthCost",
  "sellingExpense",
  "adminExpense",
  "rdExpense",
  "financeCost",
];

/** The parts of the period expense ratio (期间费用): selling, admin and finance; R&D by switch. */
export const PERIOD_EXPENSE_PARTS: readonly Meaning[] = [
  "sellingExpense",
  "adminExpense",
  "financeCost",
];

export function firstLine(statement: Statement, meaning: Meaning): LineItem | null {
  return statement.lines.find((line) => line.meaning === meaning) ?? null;
}

export function linesOf(statement: Statement, meanings: readonly Meaning[]): LineItem[] {
  return statement.lines.filter((line) => line.meaning !== null && meanings.includes(line.meaning));
}

/** A period's end on a count of months (2020 → 2020·12 + 12, Q1 2022 → 2022·12 + 3). */
export function periodEnd(period: StatementPeriod): number {
  const month =
    period.kind === "quarter"
      ? (period.quarter ?? 1) * 3
      : period.kind === "half"
        ? (period.half ?? 1) * 6
        : period.kind === "ytd"
          ? (period.months ?? 12)
          : 12;
  return period.year * 12 + month;
}

/** Positions in `statement.periods` from oldest to newest; null when two periods end together. */
export function chronological(statement: Statement): number[] | null {
  const order = statement.periods.map((_, i) => i);
  order.sort((a, b) => periodEnd(statement.periods[a]) - periodEnd(statement.periods[b]));
  const ends = order.map((i) => periodEnd(statement.periods[i]));
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
  const ends = order.map((i) => periodEnd(statement.periods[i]));
  return ends.every((e, k) => k === 0 || e - ends[k - 1] === PERIOD_MONTHS[kind]);
}

/** The latest known figure of a line, read as a profit (+) or loss (−). */
function latestResult(statement: Statement, line: LineItem): number | null {
  const order = chronological(statement) ?? statement.periods.map((_, i) => i);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = line.values[order[k]];
    if (v !== null) return line.reportedAsLoss ? -v : v;
  }
  return null;
}

export function analysisChoices(statement: Statement): AnalysisChoices {
  const revenue = firstLine(statement, "revenue");
  const netIncome = firstLine(statement, "netIncome");
  const expenses = linesOf(statement, EXPENSE_MEANINGS);
  const total = firstLine(statement, "totalOperatingExpenses");
  const parts = linesOf(statement, PERIOD_EXPENSE_PARTS);
  const rd = linesOf(statement, ["rdExpense"]);
  const segments = linesOf(statement, ["revenueSegment"]);
  const { yoy, qoq } = statement.growth;
  const order = chronological(statement);
  const spanYears =
    order && order.length > 1
      ? (periodEnd(statement.periods[order[order.length - 1]]) -
          periodEnd(statement.periods[order[0]])) /
        12
      : null;
  const latest = netIncome ? latestResult(statement, netIncome) : null;
  const lossMaking = latest !== null && latest < 0;

  const reasons: Partial<Record<MetricKey, Unavailable>> = {};
  const need = (key: MetricKey, ...checks: Array<[boolean, Unavailable]>): boolean => {
    const failed = checks.find(([ok]) => !ok);
    if (failed) reasons[key] = failed[1];
    return !failed;
  };
  const hasRevenue: [boolean, Unavailable] = [revenue !== null, "noRevenue"];
  const periodExpenseSource = total ? "total" : parts.length + rd.length > 0 ? "components" : null;

  const available: Record<MetricKey, boolean> = {
    growthYoY: need("growthYoY", [yoy !== null, "noLag"]),
    growthQoQ: need("growthQoQ", [qoq !== null, "notQuarterly"]),
    expenseRatios: need("expenseRatios", hasRevenue, [expenses.length > 0, "noExpenses"]),
    periodExpenseRatio: need("periodExpenseRatio", hasRevenue, [
      periodExpenseSource !== null,
      "noExpenses",
    ]),
    netResult: need("netResult", hasRevenue, [netIncome !== null, "noNetIncome"]),
    shares: need("shares", hasRevenue, [segments.length > 0, "noSegments"]),
    ppChange: need(
      "ppChange",
      hasRevenue,
      [yoy !== null, "noLag"],
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
    cagr: need(
      "cagr",
      hasRevenue,
      [yoy !== null, "noLag"],
      [spanYears !== null && spanYears >= 1, "spanTooShort"]
    ),
  };

  const defaults: AnalysisOptions = {
    growthYoY: available.growthYoY,
    growthQoQ: available.growthQoQ,
    expenseRatios: available.expenseRatios,
    // Parts alone are worth a row only when there are at least two of them.
    periodExpenseRatio:
      available.periodExpenseRatio && (periodExpenseSource === "total" || parts.length >= 2),
    netResult: available.netResult,
    shares: available.shares,
    ppChange: available.ppChange,
    cumulativeLoss: available.cumulativeLoss,
    cagr: available.cagr && spanYears !== null && spanYears >= 2,
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
  };
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
