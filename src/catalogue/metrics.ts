/*
 * Every metric FIN writes, declared once: the lines it reads, which direction is better, how a
 * figure written negative is read, its FIN function and plain-Excel rule, its number format and
 * its name. Analyze selection and Compare peers both take their formulas from here; their
 * planners only decide where the cells go.
 */
import { endMonth, type LineItem, type Meaning, type Statement } from "../statements";
import {
  PERIOD_EXPENSE_PARTS,
  costsWrittenNegative,
  isCost,
  isResult,
  latestResult,
  lineOf,
  linesOf,
} from "./lines";
import type { Block, Cell, RatioFunction, Recipe } from "./recipes";

export type CatalogueId =
  | "growth"
  | "lossGrowth"
  | "expenseRatio"
  | "periodExpenseRatio"
  | "netLossRate"
  | "netMargin"
  | "grossMargin"
  | "operatingMargin"
  | "operatingLossRate"
  | "share"
  | "ppChange"
  | "cumulativeLoss"
  | "cagr";

/** Which end of a row ranks first and shows green: rank 1 is the best (or, for sizes, the largest). */
export type Better = "higher" | "lower" | "none";

export const PERCENT_FORMAT = "0.0%";
export const PP_FORMAT = '0.0 "pp"';
export const AMOUNT_FORMAT = "#,##0.00";

export interface MetricDeclaration {
  id: CatalogueId;
  /** Meanings of the lines it reads (besides the line a growth or share is about). */
  needs: readonly Meaning[];
  better: Better;
  /** How a figure written negative is read. */
  negative: string;
  /** The FIN function(s) its formula calls, once per cell. */
  fin: string;
  /** Its arithmetic in plain Excel, as the Excel-formulas mode writes it. */
  excel: string;
  format: string;
  /** Its name in the sheet words (src/catalogue/labels.ts). */
  label: keyof import("./labels").MetricLabels;
}

const RATIO_EXCEL = "amount ÷ revenue; #NUM! over a negative revenue";

export const catalogue: Readonly<Record<CatalogueId, MetricDeclaration>> = {
  growth: {
    id: "growth",
    needs: [],
    better: "higher",
    negative:
      "a cost written negative is read as −value (negate), so a higher cost is positive growth",
    fin: "GROWTH",
    excel: "(current − prior) ÷ |prior|",
    format: PERCENT_FORMAT,
    label: "growthYoY",
  },
  lossGrowth: {
    id: "lossGrowth",
    needs: [],
    better: "lower",
    negative:
      "a loss written negative is read as −value (negate): + is a wider loss whichever sign the statement uses",
    fin: "GROWTH",
    excel: "(prior − current) ÷ |prior| when losses are negative, else (current − prior) ÷ |prior|",
    format: PERCENT_FORMAT,
    label: "lossGrowthYoY",
  },
  expenseRatio: {
    id: "expenseRatio",
    needs: ["revenue"],
    better: "lower",
    negative: "costs written negative: the ratio of −amount (negate)",
    fin: "EXPENSERATIO",
    excel: RATIO_EXCEL,
    format: PERCENT_FORMAT,
    label: "expenseRatio",
  },
  periodExpenseRatio: {
    id: "periodExpenseRatio",
    needs: ["revenue", "sellingExpense", "adminExpense"],
    better: "lower",
    negative: "costs written negative: the ratio of −sum (negate)",
    fin: "EXPENSERATIO",
    excel:
      "(selling + admin + finance [+ R&D]) ÷ revenue, or the total operating expenses line ÷ revenue",
    format: PERCENT_FORMAT,
    label: "periodExpenseRatio",
  },
  netLossRate: {
    id: "netLossRate",
    needs: ["revenue", "netIncome"],
    better: "lower",
    negative:
      "−net income ÷ revenue (LOSSRATE); a loss written positive under a loss label ÷ revenue (MARGIN)",
    fin: "LOSSRATE",
    excel: "−net income ÷ revenue",
    format: PERCENT_FORMAT,
    label: "netLossRate",
  },
  netMargin: {
    id: "netMargin",
    needs: ["revenue", "netIncome"],
    better: "higher",
    negative: "net income ÷ revenue; a loss written positive under a loss label is read as −value",
    fin: "MARGIN",
    excel: "net income ÷ revenue",
    format: PERCENT_FORMAT,
    label: "netMargin",
  },
  grossMargin: {
    id: "grossMargin",
    needs: ["revenue", "grossProfit"],
    better: "higher",
    negative: "gross profit ÷ revenue; a gross loss written positive is read as −value",
    fin: "MARGIN",
    excel: "gross profit ÷ revenue",
    format: PERCENT_FORMAT,
    label: "grossMargin",
  },
  operatingMargin: {
    id: "operatingMargin",
    needs: ["revenue", "operatingIncome"],
    better: "higher",
    negative: "operating income ÷ revenue; an operating loss written positive is read as −value",
    fin: "MARGIN",
    excel: "operating income ÷ revenue",
    format: PERCENT_FORMAT,
    label: "operatingMargin",
  },
  operatingLossRate: {
    id: "operatingLossRate",
    needs: ["revenue", "operatingIncome"],
    better: "lower",
    negative: "−operating income ÷ revenue (LOSSRATE); a loss written positive ÷ revenue (MARGIN)",
    fin: "LOSSRATE",
    excel: "−operating income ÷ revenue",
    format: PERCENT_FORMAT,
    label: "operatingLossRate",
  },
  share: {
    id: "share",
    needs: ["revenue", "revenueSegment"],
    better: "none",
    negative: "as written",
    fin: "SHARE",
    excel: "segment ÷ revenue",
    format: PERCENT_FORMAT,
    label: "share",
  },
  ppChange: {
    id: "ppChange",
    needs: [],
    better: "none",
    negative: "as the ratio it changes",
    fin: "PPCHANGE",
    excel: "(current − prior) × 100",
    format: PP_FORMAT,
    label: "ppChange",
  },
  cumulativeLoss: {
    id: "cumulativeLoss",
    needs: ["netIncome"],
    better: "lower",
    negative:
      "a loss written negative is totalled as −value (negate), so the cumulative loss is positive",
    fin: "CUMULATIVE",
    excel: "−(sum of net income to date), or the sum when losses are written positive",
    format: AMOUNT_FORMAT,
    label: "cumulativeLoss",
  },
  cagr: {
    id: "cagr",
    needs: ["revenue"],
    better: "higher",
    negative: "#NUM! when begin ≤ 0 or end < 0, as RRI",
    fin: "CAGR",
    excel: "(end ÷ begin)^(1 ÷ years) − 1; #NUM! when begin ≤ 0 or end < 0",
    format: PERCENT_FORMAT,
    label: "cagr",
  },
};

/** What a metric reads from a statement, before any period is chosen. */
export type Operands =
  | { kind: "growth"; line: LineItem; negate: boolean; loss: boolean }
  | {
      kind: "ratio";
      fn: RatioFunction;
      parts: LineItem[];
      base: LineItem;
      negate: boolean;
      /** The period expense ratio without a finance cost line (selling + admin only). */
      partial: boolean;
    }
  | { kind: "cumulative"; line: LineItem; negate: boolean }
  | { kind: "cagr"; line: LineItem };

/** A line the metric needs and the statement lacks. */
export interface Lack {
  missing: Meaning;
}

export function lacks(x: Operands | Lack): x is Lack {
  return "missing" in x;
}

/** Positions of the periods from the newest to the oldest (by period end). */
export function newestFirst(statement: Statement): number[] {
  const ends = statement.periods.map(endMonth);
  return statement.periods.map((_, i) => i).sort((a, b) => ends[b] - ends[a]);
}

/** The latest known figure of a result line is a loss. */
export function inLoss(statement: Statement, line: LineItem): boolean {
  const latest = latestResult(line, newestFirst(statement));
  return latest !== null && latest < 0;
}

/**
 * Growth of a line. A cost reads as the amount spent; a result of a loss-making company reads as
 * the loss (+ = wider), whichever sign the statement writes it with.
 */
export function growthOperands(statement: Statement, line: LineItem): Operands {
  if (isCost(line))
    return { kind: "growth", line, negate: costsWrittenNegative(statement), loss: false };
  if (isResult(line) && inLoss(statement, line))
    return { kind: "growth", line, negate: !line.reportedAsLoss, loss: true };
  return { kind: "growth", line, negate: false, loss: false };
}

function ratio(
  statement: Statement,
  fn: RatioFunction,
  parts: LineItem[],
  negate: boolean,
  partial = false
): Operands | Lack {
  const base = lineOf(statement, "revenue");
  if (!base) return { missing: "revenue" };
  return { kind: "ratio", fn, parts, base, negate, partial };
}

/** One cost line ÷ revenue. */
export function expenseRatioOperands(statement: Statement, line: LineItem): Operands | Lack {
  return ratio(statement, "EXPENSERATIO", [line], costsWrittenNegative(statement));
}

/**
 * The period expense ratio: the total operating expenses line ÷ revenue when the statement has
 * one; else selling + admin (+ finance) (+ R&D when asked) ÷ revenue, one FIN call over the lines.
 */
export function periodExpenseOperands(statement: Statement, includeRd: boolean): Operands | Lack {
  const negate = costsWrittenNegative(statement);
  const total = lineOf(statement, "totalOperatingExpenses");
  if (total) return ratio(statement, "EXPENSERATIO", [total], negate);
  for (const meaning of ["sellingExpense", "adminExpense"] as const)
    if (!lineOf(statement, meaning)) return { missing: meaning };
  const meanings: Meaning[] = includeRd
    ? [...PERIOD_EXPENSE_PARTS, "rdExpense"]
    : [...PERIOD_EXPENSE_PARTS];
  const parts = meanings.map((m) => lineOf(statement, m)).filter((l): l is LineItem => l !== null);
  return ratio(statement, "EXPENSERATIO", parts, negate, !lineOf(statement, "financeCost"));
}

/** A result line ÷ revenue, as a margin (profit +) or a loss rate (loss +). */
export function resultRatioOperands(
  statement: Statement,
  meaning: "netIncome" | "grossProfit" | "operatingIncome",
  asLossRate: boolean
): Operands | Lack {
  const line = lineOf(statement, meaning);
  if (!line) return { missing: meaning };
  // A loss written positive under a loss label already states the loss: the sign flips.
  return ratio(statement, "MARGIN", [line], asLossRate !== line.reportedAsLoss);
}

export function shareOperands(statement: Statement, segment: LineItem): Operands | Lack {
  return ratio(statement, "SHARE", [segment], false);
}

export function cumulativeLossOperands(statement: Statement): Operands | Lack {
  const line = lineOf(statement, "netIncome");
  if (!line) return { missing: "netIncome" };
  return { kind: "cumulative", line, negate: !line.reportedAsLoss };
}

/** The statement cells a recipe reads, wherever the statement sits. */
export interface CellRefs {
  cell(line: LineItem, position: number): Cell;
  /** Adjacent lines `first`…`last` in one period, as one range: D5:D7. */
  lines(first: LineItem, last: LineItem, position: number): string;
  /** One line over the periods from `from` to `to` (positions), as one range: B10:D10. */
  span(line: LineItem, from: number, to: number): string;
}

export function growthRecipe(
  op: Extract<Operands, { kind: "growth" }>,
  position: number,
  prior: number,
  refs: CellRefs
): Recipe {
  return {
    kind: "growth",
    current: refs.cell(op.line, position),
    prior: refs.cell(op.line, prior),
    negate: op.negate,
  };
}

/** Lines sitting next to each other form one block: one range argument of one FIN call. */
function blocksOf(lines: readonly LineItem[], position: number, refs: CellRefs): Block[] {
  const sorted = [...lines].sort((a, b) => a.index - b.index);
  const runs: LineItem[][] = [];
  for (const line of sorted) {
    const run = runs[runs.length - 1];
    if (run && line.index === run[run.length - 1].index + 1) run.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => ({
    range:
      run.length === 1
        ? refs.cell(run[0], position).ref
        : refs.lines(run[0], run[run.length - 1], position),
    cells: run.map((l) => refs.cell(l, position)),
  }));
}

export function ratioRecipe(
  op: Extract<Operands, { kind: "ratio" }>,
  position: number,
  refs: CellRefs
): Recipe {
  return {
    kind: "ratio",
    fn: op.fn,
    blocks: blocksOf(op.parts, position, refs),
    base: refs.cell(op.base, position),
    negate: op.negate,
  };
}

/** The running total from the first to the last of `positions` (chronological, adjacent on the sheet). */
export function cumulativeRecipe(
  op: Extract<Operands, { kind: "cumulative" }>,
  positions: readonly number[],
  down: boolean,
  refs: CellRefs
): Recipe {
  const n = positions.length;
  return {
    kind: "cumulative",
    span: refs.span(op.line, positions[0], positions[n - 1]),
    cells: positions.map((p) => refs.cell(op.line, p)),
    at: down ? [n, 1] : [1, n],
    negate: op.negate,
  };
}

export function cagrRecipe(
  op: Extract<Operands, { kind: "cagr" }>,
  from: number,
  to: number,
  years: number,
  refs: CellRefs
): Recipe {
  return { kind: "cagr", begin: refs.cell(op.line, from), end: refs.cell(op.line, to), years };
}

export function ppChangeRecipe(current: Cell, prior: Cell): Recipe {
  return { kind: "ppChange", current, prior };
}

export { linesOf, lineOf };

/**
 * Each FIN function's rule in words, as the help page, the JSDoc (functions.json), the Chinese
 * descriptions and the README state it; a test holds them to these.
 */
export const functionRules: Readonly<Record<string, { en: string; zh: string }>> = {
  GROWTH: { en: "(current − prior) ÷ |prior|", zh: "(本期 − 上期) ÷ |上期|" },
  CAGR: { en: "(end ÷ begin)^(1 ÷ years) − 1", zh: "(期末 ÷ 期初)^(1 ÷ 年数) − 1" },
  LOSSRATE: { en: "−net income ÷ revenue", zh: "−净利润 ÷ 营业收入" },
  MARGIN: { en: "amount ÷ revenue", zh: "金额 ÷ 营业收入" },
  PPCHANGE: { en: "(current − prior) × 100", zh: "(本期 − 上期) × 100" },
  EXPENSERATIO: { en: "sum of the expense lines ÷ revenue", zh: "各项费用之和 ÷ 营业收入" },
};
