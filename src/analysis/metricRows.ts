/*
 * The rows of an analysis block, before it has a place: a label, a number format, and for each
 * period of the statement the FIN formula of that cell (or nothing, where a period has no prior).
 * Formulas are recipes over references so one plan can be written beside the statement or on
 * another sheet.
 */
import type { LineItem, Statement } from "../statements";
import {
  EXPENSE_MEANINGS,
  PERIOD_EXPENSE_PARTS,
  analysisChoices,
  chronological,
  linesOf,
  type AnalysisOptions,
} from "./choices";
import { sheetLabels } from "./sheetLabels";

export type MetricKind =
  | "growthYoY"
  | "growthQoQ"
  | "expenseRatio"
  | "periodExpenseRatio"
  | "lossRate"
  | "netMargin"
  | "share"
  | "ppChange"
  | "cumulativeLoss"
  | "cagr";

export const PERCENT_FORMAT = "0.0%";
export const PP_FORMAT = '0.0 "pp"';
export const AMOUNT_FORMAT = "#,##0.00";

/** A1 references for the formulas, given where the statement and the block are. */
export interface Refs {
  /** The statement cell of `line` in the period at `position` (of `statement.periods`). */
  cell(line: LineItem, position: number): string;
  /** The cells of adjacent lines `first`…`last` in one period: D5:D7. */
  lines(first: LineItem, last: LineItem, position: number): string;
  /** One line over the periods from `from` to `to` (positions, either order): B10:D10. */
  span(line: LineItem, from: number, to: number): string;
  /** A cell of the block itself: metric row `row`, period at `position`. */
  own(row: number, position: number): string;
}

export type Recipe = (refs: Refs) => string;

export interface MetricRow {
  kind: MetricKind;
  label: string;
  format: string;
  /** One per statement period, in the order of `statement.periods`; null leaves the cell empty. */
  cells: (Recipe | null)[];
  /** The statement line the row is about, if one. */
  line: LineItem | null;
}

/** An expense shown as a negative figure, e.g. (8.74): its ratio is taken of the amount. */
function shownNegative(line: LineItem): boolean {
  const negatives = line.values.filter((v) => v !== null && v < 0).length;
  const positives = line.values.filter((v) => v !== null && v > 0).length;
  return negatives > positives;
}

function labelOf(line: LineItem, statement: Statement): string {
  if (line.label !== "") return line.label;
  return sheetLabels(statement.language).unnamedLine(statement.lines.indexOf(line) + 1);
}

/** The prior period of `position` `lag` periods back, or null when the statement has none. */
function priorOf(position: number, lag: number | null, count: number): number | null {
  if (lag === null) return null;
  const prior = position - lag;
  return prior >= 0 && prior < count ? prior : null;
}

/**
 * The ratio of an expense shown as a negative figure: −amount ÷ revenue is FIN.LOSSRATE's arithmetic,
 * and unlike `-D5` inside a formula it keeps a blank cell blank instead of reading it as 0.
 */
function negatedRatio(amount: string, revenue: string): string {
  return `FIN.LOSSRATE(${amount},${revenue})`;
}

/**
 * The sum of several expense lines over revenue as FIN.EXPENSERATIO terms: adjacent lines share one
 * range (D5:D7), a line shown as negative is negated on its own; the terms are added.
 */
function expenseSum(lines: LineItem[], revenue: LineItem, position: number, refs: Refs): string {
  const sorted = [...lines].sort((a, b) => a.index - b.index);
  const terms: string[] = [];
  let run: LineItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const range =
      run.length === 1
        ? refs.cell(run[0], position)
        : refs.lines(run[0], run[run.length - 1], position);
    terms.push(`FIN.EXPENSERATIO(${range},${refs.cell(revenue, position)})`);
    run = [];
  };
  for (const line of sorted) {
    if (shownNegative(line)) {
      flush();
      terms.push(negatedRatio(refs.cell(line, position), refs.cell(revenue, position)));
      continue;
    }
    if (run.length > 0 && line.index !== run[run.length - 1].index + 1) flush();
    run.push(line);
  }
  flush();
  return `=${terms.join("+")}`;
}

export function metricRows(statement: Statement, options: AnalysisOptions): MetricRow[] {
  const choices = analysisChoices(statement);
  const on = (key: keyof typeof choices.available) => options[key] && choices.available[key];
  const labels = sheetLabels(statement.language);
  const count = statement.periods.length;
  const positions = statement.periods.map((_, i) => i);
  const { yoy, qoq } = statement.growth;
  const annual = statement.periods.every((p) => p.kind === "year" || p.kind === "ytd");
  const revenue = choices.revenue;
  const rows: MetricRow[] = [];

  const growthRow = (kind: MetricKind, line: LineItem, lag: number | null, label: string) =>
    rows.push({
      kind,
      label,
      format: PERCENT_FORMAT,
      line,
      cells: positions.map((p) => {
        const prior = priorOf(p, lag, count);
        return prior === null
          ? null
          : (refs) => `=FIN.GROWTH(${refs.cell(line, p)},${refs.cell(line, prior)})`;
      }),
    });

  /** A ratio row, followed by its percentage-point change when asked for. */
  const ratioRow = (row: Omit<MetricRow, "format">) => {
    rows.push({ ...row, format: PERCENT_FORMAT });
    if (!on("ppChange")) return;
    const at = rows.length - 1;
    rows.push({
      kind: "ppChange",
      label: labels.ppChange(row.label),
      format: PP_FORMAT,
      line: row.line,
      cells: positions.map((p) => {
        const prior = priorOf(p, yoy, count);
        return prior === null
          ? null
          : (refs) => `=FIN.PPCHANGE(${refs.own(at, p)},${refs.own(at, prior)})`;
      }),
    });
  };

  if (on("growthYoY"))
    for (const line of statement.lines)
      growthRow("growthYoY", line, yoy, labels.growthYoY(labelOf(line, statement), annual));
  if (on("growthQoQ"))
    for (const line of statement.lines)
      growthRow("growthQoQ", line, qoq, labels.growthQoQ(labelOf(line, statement)));

  if (revenue && on("expenseRatios")) {
    for (const line of linesOf(statement, EXPENSE_MEANINGS)) {
      const ratio = (refs: Refs, p: number) =>
        shownNegative(line)
          ? negatedRatio(refs.cell(line, p), refs.cell(revenue, p))
          : `FIN.EXPENSERATIO(${refs.cell(line, p)},${refs.cell(revenue, p)})`;
      ratioRow({
        kind: "expenseRatio",
        label: labels.expenseRatio(labelOf(line, statement)),
        line,
        cells: positions.map((p) => (refs) => `=${ratio(refs, p)}`),
      });
    }
  }

  if (revenue && on("periodExpenseRatio")) {
    const total = statement.lines.find((l) => l.meaning === "totalOperatingExpenses");
    const includeRd = !total && options.includeRd;
    const parts = total
      ? [total]
      : linesOf(
          statement,
          includeRd ? [...PERIOD_EXPENSE_PARTS, "rdExpense"] : PERIOD_EXPENSE_PARTS
        );
    if (parts.length > 0)
      ratioRow({
        kind: "periodExpenseRatio",
        label: labels.periodExpenseRatio(includeRd),
        line: total ?? null,
        cells: positions.map((p) => (refs) => expenseSum(parts, revenue, p, refs)),
      });
  }

  const netIncome = choices.netIncome;
  if (revenue && netIncome && on("netResult")) {
    // Loss rate = −NI ÷ revenue; a loss already written as a positive figure is its own loss rate.
    const lossRate = choices.lossMaking;
    const fn = lossRate !== netIncome.reportedAsLoss ? "LOSSRATE" : "MARGIN";
    ratioRow({
      kind: lossRate ? "lossRate" : "netMargin",
      label: lossRate ? labels.lossRate : labels.netMargin,
      line: netIncome,
      cells: positions.map(
        (p) => (refs) => `=FIN.${fn}(${refs.cell(netIncome, p)},${refs.cell(revenue, p)})`
      ),
    });
  }

  if (revenue && on("shares"))
    for (const line of linesOf(statement, ["revenueSegment"]))
      ratioRow({
        kind: "share",
        label: labels.share(labelOf(line, statement)),
        line,
        cells: positions.map(
          (p) => (refs) => `=FIN.SHARE(${refs.cell(line, p)},${refs.cell(revenue, p)})`
        ),
      });

  const order = chronological(statement);
  if (netIncome && order && on("cumulativeLoss")) {
    const cells: (Recipe | null)[] = positions.map(() => null);
    const start = order.findIndex((p) => netIncome.values[p] !== null);
    const sign = netIncome.reportedAsLoss ? "" : "-";
    const down = statement.orientation === "down";
    // From the first known result on; after an unknown period the running total is unknown too.
    for (let k = Math.max(start, 0); start >= 0 && k < order.length; k++) {
      if (netIncome.values[order[k]] === null) break;
      const n = k - start + 1;
      const at = down ? `${n},1` : `1,${n}`;
      cells[order[k]] = (refs) =>
        `=${sign}INDEX(FIN.CUMULATIVE(${refs.span(netIncome, order[start], order[k])}),${at})`;
    }
    rows.push({
      kind: "cumulativeLoss",
      label: labels.cumulativeLoss(statement.unit?.label ?? null),
      format: AMOUNT_FORMAT,
      line: netIncome,
      cells,
    });
  }

  if (revenue && order && on("cagr")) {
    const first = order[0];
    const last = order[order.length - 1];
    const years = choices.spanYears ?? 0;
    for (const line of [revenue, ...linesOf(statement, ["revenueSegment"])]) {
      const begin = line.values[first];
      const end = line.values[last];
      if (begin === null || end === null || begin <= 0 || end < 0) continue;
      const cells: (Recipe | null)[] = positions.map(() => null);
      cells[last] = (refs) =>
        `=FIN.CAGR(${refs.cell(line, first)},${refs.cell(line, last)},${years})`;
      rows.push({
        kind: "cagr",
        label: labels.cagr(
          labelOf(line, statement),
          statement.periods[first].label,
          statement.periods[last].label
        ),
        format: PERCENT_FORMAT,
        line,
        cells,
      });
    }
  }

  return rows;
}
