/*
 * Which statement lines a metric reads, and how their signs are read: the one place that decides
 * what "an expense written negative" and "a loss" mean, for Analyze selection and Compare peers.
 */
import type { LineItem, Meaning, Statement } from "../statements";

/** Costs and expenses: their ratio to revenue and their growth read the amount spent. */
export const COST_MEANINGS: readonly Meaning[] = [
  "costOfRevenue",
  "bandwidthCost",
  "sellingExpense",
  "adminExpense",
  "rdExpense",
  "financeCost",
  "totalOperatingExpenses",
  "incomeTaxExpense",
  "totalCosts",
  "taxesAndSurcharges",
  "periodExpenses",
  "revenueShareCost",
  "interestExpense",
];

/** Results that can be a profit or a loss (a loss written negative, or positive under a loss label). */
export const RESULT_MEANINGS: readonly Meaning[] = [
  "grossProfit",
  "operatingIncome",
  "profitBeforeTax",
  "netIncome",
  "netIncomeAttributable",
  "adjustedNetIncome",
  "adjustedEbitda",
];

/** The parts of the period expense ratio (期间费用): selling, admin and finance; R&D by choice. */
export const PERIOD_EXPENSE_PARTS: readonly Meaning[] = [
  "sellingExpense",
  "adminExpense",
  "financeCost",
];

/**
 * The first amount line of a meaning that holds any figure (a heading-like empty line is passed
 * over); per-share rows, share counts and percentages are never a metric's operand.
 */
export function lineOf(statement: Statement, meaning: Meaning): LineItem | null {
  const lines = statement.lines.filter((l) => l.meaning === meaning && isAmount(l));
  return lines.find((l) => l.values.some((v) => v !== null)) ?? lines[0] ?? null;
}

export function linesOf(statement: Statement, meanings: readonly Meaning[]): LineItem[] {
  return statement.lines.filter(
    (line) => line.meaning !== null && meanings.includes(line.meaning) && isAmount(line)
  );
}

/** Older readers give no kind: a line without one is an amount. */
export function isAmount(line: LineItem): boolean {
  return (line.kind ?? "amount") === "amount";
}

/**
 * The GAAP net result the loss rate reads: the amount attributable to the company where the
 * statement gives it (归属于母公司所有者的净利润), else net income.
 */
export function netResultLine(statement: Statement): LineItem | null {
  return lineOf(statement, "netIncomeAttributable") ?? lineOf(statement, "netIncome");
}

/**
 * The statement writes its costs as negative figures, (8.74): decided over all its cost lines but
 * finance cost, which is negative in its own right when interest earned exceeds interest paid.
 */
export function costsWrittenNegative(statement: Statement): boolean {
  let negatives = 0;
  let positives = 0;
  for (const line of statement.lines) {
    if (line.meaning === null || line.meaning === "financeCost") continue;
    if (!COST_MEANINGS.includes(line.meaning)) continue;
    for (const v of line.values) {
      if (v !== null && v < 0) negatives++;
      else if (v !== null && v > 0) positives++;
    }
  }
  return negatives > positives;
}

/** The latest figure of a result line read as a profit (+) or a loss (−), from the latest period on. */
export function latestResult(line: LineItem, newestFirst: readonly number[]): number | null {
  for (const position of newestFirst) {
    const v = line.values[position];
    if (v !== null) return line.reportedAsLoss ? -v : v;
  }
  return null;
}

export function isCost(line: LineItem): boolean {
  return line.meaning !== null && COST_MEANINGS.includes(line.meaning);
}

export function isResult(line: LineItem): boolean {
  return line.meaning !== null && RESULT_MEANINGS.includes(line.meaning);
}
