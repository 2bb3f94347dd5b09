/*
 * Every written block says which line each metric came from: the revenue base of its ratios, the
 * net income of its loss rate (the amount attributable to the company where given), and so on,
 * as notes under the block ("Revenue base: 营业总收入 (row 5)").
 */
import {
  fill,
  lineOf,
  metricLabels,
  netResultLine,
  periodExpenseOperands,
  lacks,
} from "../catalogue";
import type { LineItem, Statement } from "../statements";
import type { AnalysisChoices, AnalysisOptions } from "./choices";
import type { MetricRow } from "./metricRows";

/** The note's text, given where a line sits on the sheet ("5" for row 5, "C" for column C). */
export type SourceNote = (at: (line: LineItem) => string) => string;

export function sourceNotes(
  statement: Statement,
  options: AnalysisOptions,
  choices: AnalysisChoices,
  rows: readonly MetricRow[]
): SourceNote[] {
  const labels = metricLabels(statement.language).source;
  const across = statement.orientation === "across";
  const note =
    (template: string, line: LineItem): SourceNote =>
    (at) =>
      fill(template, { line: line.label, where: labels.where(across, at(line)) });
  const written = (...metrics: string[]) => rows.some((r) => metrics.includes(r.metric));
  const notes: SourceNote[] = [];

  const revenue = lineOf(statement, "revenue");
  const ratios = written(
    "expenseRatio",
    "periodExpenseRatio",
    "netLossRate",
    "netMargin",
    "adjustedNetLossRate",
    "adjustedNetMargin",
    "grossMargin",
    "operatingMargin",
    "operatingLossRate",
    "share"
  );
  if (revenue && ratios) notes.push(note(labels.revenue, revenue));

  const net = netResultLine(statement);
  if (net && written("netLossRate", "netMargin", "cumulativeLoss"))
    notes.push(
      note(
        net.meaning === "netIncomeAttributable" ? labels.netIncomeAttributable : labels.netIncome,
        net
      )
    );
  const adjusted = lineOf(statement, "adjustedNetIncome");
  if (adjusted && written("adjustedNetLossRate", "adjustedNetMargin"))
    notes.push(note(labels.adjustedNetIncome, adjusted));

  if (written("periodExpenseRatio")) {
    const op = periodExpenseOperands(
      statement,
      choices.periodExpenseSource === "components" && options.includeRd
    );
    if (!lacks(op) && op.kind === "ratio") {
      const parts = op.parts;
      notes.push((at) =>
        fill(labels.periodExpenses, {
          line: parts
            .map((l) => fill(labels.part, { line: l.label, where: labels.where(across, at(l)) }))
            .join(statement.language === "zh" ? "、" : ", "),
        })
      );
    }
  }
  const gross = lineOf(statement, "grossProfit");
  if (gross && written("grossMargin")) notes.push(note(labels.grossProfit, gross));
  const operating = lineOf(statement, "operatingIncome");
  if (operating && written("operatingMargin", "operatingLossRate"))
    notes.push(note(labels.operatingIncome, operating));

  for (const refusal of choices.refusals)
    notes.push(() =>
      fill(labels.refused, {
        line: refusal.line.label,
        currency: refusal.currencies[0],
        revenue: refusal.revenue.label,
        revenueCurrency: refusal.currencies[1],
      })
    );
  return notes;
}
