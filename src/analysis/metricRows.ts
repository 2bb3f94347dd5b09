/*
 * The rows of an analysis block, before it has a place: a label, a number format, and for each
 * period of the statement the recipe of that cell (or nothing, where a period has no prior). The
 * recipes come from the catalogue; this module decides only which rows there are and in what order.
 */
import {
  AMOUNT_FORMAT,
  PERCENT_FORMAT,
  PP_FORMAT,
  cagrRecipe,
  checkRecipe,
  computeRecipe,
  inLoss,
  isAmount,
  lineOf,
  cumulativeLossOperands,
  cumulativeRecipe,
  expenseRatioOperands,
  growthOperands,
  growthRecipe,
  lacks,
  linesOf,
  metricLabels,
  periodExpenseOperands,
  ppChangeRecipe,
  ratioRecipe,
  resultRatioOperands,
  shareOperands,
  type CatalogueId,
  type Cell,
  type CellRefs,
  type Lack,
  type Operands,
  type Recipe,
} from "../catalogue";
import { priorPeriod, type LineItem, type Statement } from "../statements";
import { EXPENSE_MEANINGS, analysisChoices, chronological, type AnalysisOptions } from "./choices";

/** Where the recipes' cells are: the statement's, and the block's own (metric row, period). */
export interface Refs extends CellRefs {
  own(row: number, position: number): Cell;
}

export type RecipeAt = (refs: Refs) => Recipe;

export interface MetricRow {
  metric: CatalogueId;
  label: string;
  format: string;
  /** One per statement period, in the order of `statement.periods`; null leaves the cell empty. */
  cells: (RecipeAt | null)[];
  /** The statement line the row is about, if one. */
  line: LineItem | null;
}

function labelOf(line: LineItem, statement: Statement): string {
  if (line.label !== "") return line.label;
  return metricLabels(statement.language).unnamedLine(statement.lines.indexOf(line) + 1);
}

export function metricRows(statement: Statement, options: AnalysisOptions): MetricRow[] {
  const choices = analysisChoices(statement);
  const on = (key: keyof typeof choices.available) => options[key] && choices.available[key];
  const labels = metricLabels(statement.language);
  const positions = statement.periods.map((_, i) => i);
  const prior = (p: number, comparison: "yoy" | "qoq") =>
    priorPeriod(statement.periods, p, comparison);
  const annual = statement.periods.every((p) => p.kind === "year" || p.kind === "ytd");
  const rows: MetricRow[] = [];

  const growthRows = (comparison: "yoy" | "qoq") => {
    // Only amounts grow: per-share rows, share counts and percentages are not.
    for (const line of statement.lines.filter(isAmount)) {
      const op = growthOperands(statement, line) as Extract<Operands, { kind: "growth" }>;
      const lossName =
        op.loss && line.meaning !== null && line.meaning in labels.lossNames
          ? labels.lossNames[line.meaning as keyof typeof labels.lossNames]
          : null;
      const name = labelOf(line, statement);
      const label =
        comparison === "yoy"
          ? op.loss
            ? labels.lossGrowthYoY(lossName ?? name, annual)
            : labels.growthYoY(name, annual)
          : op.loss
            ? labels.lossGrowthQoQ(lossName ?? name)
            : labels.growthQoQ(name);
      rows.push({
        metric: op.loss ? "lossGrowth" : "growth",
        label,
        format: PERCENT_FORMAT,
        line,
        cells: positions.map((p) => {
          const before = prior(p, comparison);
          return before === null ? null : (refs) => growthRecipe(op, p, before, refs);
        }),
      });
    }
  };

  /** A ratio row, followed by its percentage-point change year on year when asked for. */
  const ratioRow = (
    metric: CatalogueId,
    label: string,
    line: LineItem | null,
    op: Operands | Lack
  ) => {
    if (lacks(op) || op.kind !== "ratio") return;
    rows.push({
      metric,
      label,
      format: PERCENT_FORMAT,
      line,
      cells: positions.map((p) => (refs) => ratioRecipe(op, p, refs)),
    });
    if (!on("ppChange")) return;
    const at = rows.length - 1;
    rows.push({
      metric: "ppChange",
      label: labels.ppChange(label),
      format: PP_FORMAT,
      line,
      cells: positions.map((p) => {
        const before = prior(p, "yoy");
        return before === null
          ? null
          : (refs) => ppChangeRecipe(refs.own(at, p), refs.own(at, before));
      }),
    });
  };

  if (on("growthYoY")) growthRows("yoy");
  if (on("growthQoQ")) growthRows("qoq");

  if (on("expenseRatios"))
    for (const line of linesOf(statement, EXPENSE_MEANINGS))
      ratioRow(
        "expenseRatio",
        labels.expenseRatio(labelOf(line, statement)),
        line,
        expenseRatioOperands(statement, line)
      );

  if (on("periodExpenseRatio")) {
    const includeRd = choices.periodExpenseSource === "components" && options.includeRd;
    ratioRow(
      "periodExpenseRatio",
      labels.periodExpenseRatio(includeRd),
      choices.totalLine,
      periodExpenseOperands(statement, includeRd)
    );
  }

  if (on("netResult")) {
    const lossRate = choices.lossMaking;
    ratioRow(
      lossRate ? "netLossRate" : "netMargin",
      lossRate ? labels.netLossRate : labels.netMargin,
      choices.netIncome,
      resultRatioOperands(statement, "netIncome", lossRate)
    );
  }

  // The adjusted (non-GAAP) result gets a metric of its own, named as such.
  const adjusted = lineOf(statement, "adjustedNetIncome");
  if (on("adjustedResult") && adjusted) {
    const lossRate = inLoss(statement, adjusted);
    const name = labelOf(adjusted, statement);
    ratioRow(
      lossRate ? "adjustedNetLossRate" : "adjustedNetMargin",
      lossRate ? labels.adjustedNetLossRate(name) : labels.adjustedNetMargin(name),
      adjusted,
      resultRatioOperands(statement, "adjustedNetIncome", lossRate)
    );
  }

  if (on("margins")) {
    const gross = lineOf(statement, "grossProfit");
    if (gross)
      ratioRow(
        "grossMargin",
        labels.grossMargin,
        gross,
        resultRatioOperands(statement, "grossProfit", false)
      );
    const operating = lineOf(statement, "operatingIncome");
    if (operating) {
      const lossRate = inLoss(statement, operating);
      ratioRow(
        lossRate ? "operatingLossRate" : "operatingMargin",
        lossRate ? labels.operatingLossRate : labels.operatingMargin,
        operating,
        resultRatioOperands(statement, "operatingIncome", lossRate)
      );
    }
  }

  if (on("shares"))
    for (const line of linesOf(statement, ["revenueSegment"]))
      ratioRow(
        "share",
        labels.share(labelOf(line, statement)),
        line,
        shareOperands(statement, line)
      );

  const order = chronological(statement);
  const cumulative = cumulativeLossOperands(statement);
  if (order && !lacks(cumulative) && cumulative.kind === "cumulative" && on("cumulativeLoss")) {
    const line = cumulative.line;
    const cells: (RecipeAt | null)[] = positions.map(() => null);
    const start = order.findIndex((p) => line.values[p] !== null);
    // From the first known result on; after an unknown period the running total is unknown too.
    for (let k = Math.max(start, 0); start >= 0 && k < order.length; k++) {
      if (line.values[order[k]] === null) break;
      const span = order.slice(start, k + 1);
      cells[order[k]] = (refs) =>
        cumulativeRecipe(cumulative, span, statement.orientation === "down", refs);
    }
    rows.push({
      metric: "cumulativeLoss",
      // A line in a unit of its own says so in its label: the table's unit would mislead.
      label: labels.cumulativeLoss(
        line.scale === null && line.currency === null ? (statement.unit?.label ?? null) : null
      ),
      format: AMOUNT_FORMAT,
      line,
      cells,
    });
  }

  const years = choices.spanYears;
  if (choices.revenue && order && years !== null && on("cagr")) {
    const first = order[0];
    const last = order[order.length - 1];
    for (const line of [choices.revenue, ...linesOf(statement, ["revenueSegment"])]) {
      const op = { kind: "cagr", line } as const;
      const recipe = (refs: CellRefs) => cagrRecipe(op, first, last, years, refs);
      // A CAGR the figures give no value for (a blank, or FIN.CAGR's own #NUM! domain) is left out.
      const known = computeRecipe(
        recipe({
          cell: (l, p) => ({ ref: "", raw: l.values[p] }),
          lines: () => "",
          span: () => "",
        })
      );
      if (typeof known !== "number") continue;
      const cells: (RecipeAt | null)[] = positions.map(() => null);
      cells[last] = recipe;
      rows.push({
        metric: "cagr",
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

  if (on("checks")) {
    // One live row per total that disagrees somewhere: reported − computed in every period.
    const totals = [...new Set(statement.checks.map((c) => c.total))];
    for (const total of totals) {
      const check = statement.checks.find((c) => c.total === total);
      if (!check) continue;
      const line = statement.lines[total];
      rows.push({
        metric: "check",
        label: labels.check(labelOf(line, statement)),
        format: AMOUNT_FORMAT,
        line,
        cells: positions.map((p) => (refs) => checkRecipe(statement, check, p, refs)),
      });
    }
  }

  return rows;
}
