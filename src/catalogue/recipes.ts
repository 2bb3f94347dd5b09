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
  | { kind: "ratio"; fn: RatioFunction; blocks: Block[]; base: Cell; negate: boolean }
  | { kind: "ppChange"; current: Cell; prior: Cell }
  /** The running total up to the last of `cells` (chronological), read from the spill at `at` (1-based row, column). */
  | { kind: "cumulative"; span: string; cells: Cell[]; at: [number, number]; negate: boolean }
  | { kind: "cagr"; begin: Cell; end: Cell; years: number };

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
  return guarded(recipe, finCall(recipe));
}

function finCall(recipe: Recipe): string {
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
  }
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
      const blocks = recipe.blocks.map((b) => b.cells.map((c) => [received(c)]));
      const base = value(recipe.base);
      if (recipe.fn === "SHARE") return one(metrics.share(blocks[0], base));
      if (recipe.fn === "MARGIN")
        return one(
          recipe.negate ? metrics.lossRate(blocks[0], base) : metrics.margin(blocks[0], base)
        );
      return one(metrics.expenseRatio(blocks[0], base, recipe.negate, ...blocks.slice(1)));
    }
    case "cumulative": {
      const row = [recipe.cells.map(received)];
      return one(metrics.cumulative(row, recipe.negate), [1, recipe.cells.length]);
    }
    case "cagr":
      return one(metrics.cagr(value(recipe.begin), value(recipe.end), [[recipe.years]]));
  }
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
