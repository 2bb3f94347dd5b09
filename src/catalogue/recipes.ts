/*
 * One metric cell as data (a recipe over cells), and its three renderings: the FIN formula, the
 * plain-Excel formula with the same values, and the value itself computed by src/metrics (for a
 * snapshot). Both formulas start with the same blank test, in Excel's own terms (`cell=""`), so a
 * blank input gives a blank even where desktop Excel would pass the blank to FIN as 0; an input
 * error wins over a blank, as in the FIN functions.
 */
import * as metrics from "../metrics";
import type { Outcome } from "../metrics";

/** A statement cell (or a cell of the block itself): its A1 reference and, for a snapshot, its content. */
export interface Cell {
  ref: string;
  /** What the cell holds as Office.js reads it ("" blank, "#N/A" an error); only needed for values. */
  raw?: unknown;
}

/** Adjacent cells of one period that a FIN function reads as one range (`D5:D7`). */
export interface Block {
  range: string;
  cells: Cell[];
}

export type RatioFunction = "EXPENSERATIO" | "MARGIN" | "SHARE";

export type Recipe =
  | { kind: "growth"; current: Cell; prior: Cell; negate: boolean }
  | {
      kind: "ratio";
      fn: RatioFunction;
      blocks: Block[];
      base: Cell;
      negate: boolean;
      /** The parts' unit over revenue's (万元 lines over 亿元 revenue: 0.0001); 1 or absent when they share one. */
      factor?: number;
    }
  | { kind: "ppChange"; current: Cell; prior: Cell }
  /** The running total up to the last of `cells` (chronological), read from the spill at `at` (1-based row, column). */
  | { kind: "cumulative"; span: string; cells: Cell[]; at: [number, number]; negate: boolean }
  | { kind: "cagr"; begin: Cell; end: Cell; years: number }
  /**
   * The statement's own arithmetic, live: reported − computed. `sum`: total − Σ parts; `sizes`:
   * |total| − |Σ parts| (an expense total printed with the other sign); `difference`: total −
   * (first − |second|) (revenue − cost vs gross profit). `flip` marks a loss printed positive.
   */
  | {
      kind: "check";
      form: "sum" | "sizes" | "difference";
      total: Cell;
      parts: Cell[];
      flip: boolean[];
    };

export type WriteMode = "fin" | "excel" | "values";

/** Every input cell, in the order the FIN function reads them (so the first error is the same one). */
export function inputsOf(recipe: Recipe): Cell[] {
  switch (recipe.kind) {
    case "growth":
    case "ppChange":
      return [recipe.current, recipe.prior];
    case "ratio":
      return [...recipe.blocks.flatMap((b) => b.cells), recipe.base];
    case "cumulative":
      return recipe.cells;
    case "cagr":
      return [recipe.begin, recipe.end];
    case "check":
      return [recipe.total, ...recipe.parts];
  }
}

function guarded(recipe: Recipe, body: string): string {
  const test = inputsOf(recipe)
    .map((c) => `${c.ref}=""`)
    .join(",");
  return `=IF(OR(${test}),"",${body})`;
}

// TRUE() rather than TRUE: the same boolean in Excel, and the workbench's engine reads only the function.
const TRUE = "TRUE()";

/** The FIN formula: one FIN call per metric (no arithmetic over FIN results), behind the blank test. */
export function finFormula(recipe: Recipe): string {
  // A check is plain arithmetic in every mode: it needs no FIN function.
  if (recipe.kind === "check") return excelFormula(recipe);
  return guarded(recipe, finCall(recipe));
}

/** A ratio whose lines differ in unit is converted after the division: `…*0.0001`. */
function scaled(recipe: Recipe, body: string): string {
  const factor = recipe.kind === "ratio" ? (recipe.factor ?? 1) : 1;
  return factor === 1 ? body : `${body}*${factor}`;
}

function finCall(recipe: Recipe): string {
  return scaled(recipe, finBody(recipe));
}

function finBody(recipe: Recipe): string {
  switch (recipe.kind) {
    case "growth":
      return `FIN.GROWTH(${recipe.current.ref},${recipe.prior.ref}${recipe.negate ? `,${TRUE}` : ""})`;
    case "ppChange":
      return `FIN.PPCHANGE(${recipe.current.ref},${recipe.prior.ref})`;
    case "ratio": {
      const [first, ...more] = recipe.blocks.map((b) => b.range);
      const base = recipe.base.ref;
      if (recipe.fn === "SHARE") return `FIN.SHARE(${first},${base})`;
      if (recipe.fn === "MARGIN")
        return `FIN.${recipe.negate ? "LOSSRATE" : "MARGIN"}(${first},${base})`;
      const tail = more.length > 0 ? `,${more.join(",")}` : "";
      const negate = recipe.negate ? `,${TRUE}` : more.length > 0 ? "," : "";
      return `FIN.EXPENSERATIO(${first},${base}${negate}${tail})`;
    }
    case "cumulative":
      return `INDEX(FIN.CUMULATIVE(${recipe.span}${recipe.negate ? `,${TRUE}` : ""}),${recipe.at[0]},${recipe.at[1]})`;
    case "cagr":
      return `FIN.CAGR(${recipe.begin.ref},${recipe.end.ref},${recipe.years})`;
    case "check":
      return checkArithmetic(recipe);
  }
}

/**
 * The same metric in Excel's built-in functions only. After the blank test every input is a
 * number or text: arithmetic reads text as Excel reads a typed number, as FIN does. A ratio over a
 * negative base is #NUM! in FIN: `SQRT(SIGN(base))` is 1 for a positive base and #NUM! for a
 * negative one, after the division has had its own chance to fail.
 */
export function excelFormula(recipe: Recipe): string {
  return guarded(recipe, excelBody(recipe));
}

function excelBody(recipe: Recipe): string {
  return scaled(recipe, excelArithmetic(recipe));
}

function excelArithmetic(recipe: Recipe): string {
  switch (recipe.kind) {
    case "growth": {
      const c = recipe.current.ref;
      const p = recipe.prior.ref;
      return recipe.negate ? `(${p}-${c})/ABS(${p})` : `(${c}-${p})/ABS(${p})`;
    }
    case "ppChange":
      return `(${recipe.current.ref}-${recipe.prior.ref})*100`;
    case "ratio": {
      const cells = recipe.blocks.flatMap((b) => b.cells).map((c) => c.ref);
      const sum = cells.length === 1 ? cells[0] : `(${cells.join("+")})`;
      const base = recipe.base.ref;
      return `${recipe.negate ? "-" : ""}${sum}/${base}*SQRT(SIGN(${base}))`;
    }
    case "cumulative": {
      const cells = recipe.cells.map((c) => c.ref);
      if (recipe.negate) return cells.length === 1 ? `-${cells[0]}` : `-(${cells.join("+")})`;
      return cells.length === 1 ? `${cells[0]}+0` : cells.join("+");
    }
    case "cagr": {
      const b = recipe.begin.ref;
      const e = recipe.end.ref;
      // FIN.CAGR's domain (as RRI's): begin > 0, end ≥ 0, else #NUM!.
      return `IF(OR(SIGN(${b})<1,SIGN(${e})<0),SQRT(-1),(${e}/${b})^(1/${recipe.years})-1)`;
    }
    case "check":
      return checkArithmetic(recipe);
  }
}

function checkArithmetic(recipe: Extract<Recipe, { kind: "check" }>): string {
  const term = (c: Cell, flip: boolean) => (flip ? `(-${c.ref})` : c.ref);
  const [total, ...parts] = [recipe.total, ...recipe.parts].map((c, i) => term(c, recipe.flip[i]));
  if (recipe.form === "difference") return `${total}-(${parts[0]}-ABS(${parts[1]}))`;
  const sum = `(${parts.join("+")})`;
  return recipe.form === "sizes" ? `ABS(${total})-ABS${sum}` : `${total}-${sum}`;
}

const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|NUM!|VALUE!|NULL!|REF!|NAME\?)$/;

/** A cell as Office.js reads it, as a FIN function would receive it. */
function received(cell: Cell): unknown {
  const raw = cell.raw;
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "string" && ERROR_TEXT.test(raw)) return { code: raw };
  if (typeof raw === "object" && raw !== null && "failure" in raw) return raw; // a computed failure
  return raw;
}

/** The value the formulas give, computed by src/metrics from the cells' contents. */
export function computeRecipe(recipe: Recipe): Outcome {
  // The blank test: an error first, then a blank.
  const inputs = inputsOf(recipe).map(received);
  const error = inputs.find((v) => typeof v === "object" && v !== null);
  if (error) return metrics.readValue(error, "input");
  if (inputs.some((v) => v === null)) return null;
  const one = (result: metrics.MatrixResult, at: [number, number] = [1, 1]): Outcome =>
    metrics.isFailure(result) ? result : result[at[0] - 1][at[1] - 1];
  const value = (c: Cell) => [[received(c)]];
  switch (recipe.kind) {
    case "growth":
      return one(metrics.growth(value(recipe.current), value(recipe.prior), recipe.negate));
    case "ppChange":
      return one(metrics.ppChange(value(recipe.current), value(recipe.prior)));
    case "ratio": {
      const ratio = computeRatio(recipe);
      const factor = recipe.factor ?? 1;
      return typeof ratio === "number" && factor !== 1 ? ratio * factor : ratio;
    }
    case "cumulative": {
      const row = [recipe.cells.map(received)];
      return one(metrics.cumulative(row, recipe.negate), [1, recipe.cells.length]);
    }
    case "cagr":
      return one(metrics.cagr(value(recipe.begin), value(recipe.end), [[recipe.years]]));
    case "check":
      return computeCheck(recipe);
  }
}

function computeCheck(recipe: Extract<Recipe, { kind: "check" }>): Outcome {
  const figures = [recipe.total, ...recipe.parts].map((c, i) => {
    const v = metrics.readValue(received(c), "input");
    return typeof v === "number" && recipe.flip[i] ? -v : v;
  });
  const failed = figures.find((v) => typeof v !== "number");
  if (failed !== undefined) return failed as Outcome;
  const [total, ...parts] = figures as number[];
  if (recipe.form === "difference") return total - (parts[0] - Math.abs(parts[1]));
  const sum = parts.reduce((a, b) => a + b, 0);
  return recipe.form === "sizes" ? Math.abs(total) - Math.abs(sum) : total - sum;
}

function computeRatio(recipe: Extract<Recipe, { kind: "ratio" }>): Outcome {
  const one = (result: metrics.MatrixResult): Outcome =>
    metrics.isFailure(result) ? result : result[0][0];
  const blocks = recipe.blocks.map((b) => b.cells.map((c) => [received(c)]));
  const base = [[received(recipe.base)]];
  if (recipe.fn === "SHARE") return one(metrics.share(blocks[0], base));
  if (recipe.fn === "MARGIN")
    return one(recipe.negate ? metrics.lossRate(blocks[0], base) : metrics.margin(blocks[0], base));
  return one(metrics.expenseRatio(blocks[0], base, recipe.negate, ...blocks.slice(1)));
}

/** What a snapshot writes for a computed value: the number, "" for blank, the error as Excel shows it. */
export function snapshotCell(value: Outcome): number | string {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return metrics.excelCode(value.failure);
}

/** The cell content for a recipe in a write mode (a formula, or the computed value). */
export function render(recipe: Recipe, mode: WriteMode): number | string {
  if (mode === "fin") return finFormula(recipe);
  if (mode === "excel") return excelFormula(recipe);
  return snapshotCell(computeRecipe(recipe));
}
