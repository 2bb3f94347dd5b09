/*
 * Reading and writing the cells of a range through the workbook model, with Office.js's rules for
 * the shape of what is written and for properties that differ across a range (null).
 */
import { isOnGrid, parseAddress } from "../../references";
import { WorkbookError } from "../model/errors";
import { shiftFormula } from "../model/formulaText";
import type { CellFormat, CellRange, CellSnapshot, WorkbookModel } from "../model/types";

export const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

const EMPTY: CellSnapshot = {
  value: "",
  formula: "",
  numberFormat: "General",
  text: "",
  error: null,
  spilled: false,
  format: {},
};

function contains(outer: CellRange, row: number, col: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    col >= outer.col &&
    col < outer.col + outer.colCount
  );
}

/** One value per cell; cells beyond the used range are read as empty without asking the model. */
export function readGrid<V>(
  model: WorkbookModel,
  range: CellRange,
  read: (cell: CellSnapshot) => V
): V[][] {
  const used = model.usedRange(range.sheet);
  const empty = read(EMPTY);
  const rows: V[][] = [];
  for (let r = 0; r < range.rowCount; r++) {
    const row: V[] = [];
    for (let c = 0; c < range.colCount; c++) {
      const [R, C] = [range.row + r, range.col + c];
      row.push(used && contains(used, R, C) ? read(model.cell(range.sheet, R, C)) : empty);
    }
    rows.push(row);
  }
  return rows;
}

/** A format property of a whole range: its value when every cell agrees, else null (Office.js docs: "Blank and null values"). */
export function uniform<V>(
  model: WorkbookModel,
  range: CellRange,
  pick: (format: CellFormat, cell: CellSnapshot) => V
): V | null {
  const used = model.usedRange(range.sheet);
  const seen = new Set<string>();
  let first: V | undefined;
  const note = (v: V) => {
    if (first === undefined) first = v;
    seen.add(JSON.stringify(v));
  };
  let covered = 0;
  if (used) {
    const r1 = Math.max(range.row, used.row);
    const r2 = Math.min(range.row + range.rowCount, used.row + used.rowCount);
    const c1 = Math.max(range.col, used.col);
    const c2 = Math.min(range.col + range.colCount, used.col + used.colCount);
    for (let r = r1; r < r2; r++) {
      for (let c = c1; c < c2; c++) {
        const cell = model.cell(range.sheet, r, c);
        note(pick(cell.format, cell));
        covered++;
      }
    }
  }
  if (covered < range.rowCount * range.colCount) note(pick({}, EMPTY));
  return seen.size === 1 ? (first as V) : null;
}

/** What goes into each cell: a 2D array of the range's shape, or one value for every cell. */
export function valuesToWrite(
  range: CellRange,
  input: unknown,
  shiftsFormulas: boolean
): (r: number, c: number) => unknown {
  // Office.js refuses null for a whole range; null inside an array leaves that one cell unchanged.
  if (input === null || input === undefined)
    throw new WorkbookError("InvalidArgument", "A range can't be set to null.");
  if (Array.isArray(input)) {
    const fits =
      input.length === range.rowCount &&
      input.every((row) => Array.isArray(row) && row.length === range.colCount);
    if (!fits) throw new WorkbookError("InvalidArgument", SHAPE_MESSAGE);
    return (r, c) => (input[r] as unknown[])[c];
  }
  // One value for a whole range applies to every cell; one formula is filled, its relative references moving.
  if (shiftsFormulas && typeof input === "string" && input.startsWith("="))
    return (r, c) => shiftFormula(input, r, c);
  return () => input;
}

export function writeEach(
  range: CellRange,
  input: unknown,
  shiftsFormulas: boolean,
  write: (row: number, col: number, value: unknown) => void
): void {
  const at = valuesToWrite(range, input, shiftsFormulas);
  for (let r = 0; r < range.rowCount; r++) {
    for (let c = 0; c < range.colCount; c++) write(range.row + r, range.col + c, at(r, c));
  }
}

/** Reads an address given to a method of `sheet` ("B2", "A1:C3", or "Sheet1!A1" naming this sheet). */
export function rangeOnSheet(model: WorkbookModel, sheet: string, address: string): CellRange {
  const parsed = parseAddress(address);
  if (!parsed) throw new WorkbookError("InvalidArgument", `"${address}" is not an address.`);
  const name = parsed.sheet === null ? sheet : model.sheet(parsed.sheet).name;
  if (name.toLocaleUpperCase() !== sheet.toLocaleUpperCase()) {
    throw new WorkbookError("InvalidArgument", `"${address}" is not on the sheet "${sheet}".`);
  }
  return {
    sheet,
    row: parsed.row,
    col: parsed.col,
    rowCount: parsed.rowCount,
    colCount: parsed.colCount,
  };
}

export function onGrid(range: CellRange): CellRange {
  if (!isOnGrid(range))
    throw new WorkbookError("InvalidArgument", "The range would be off the worksheet grid.");
  return range;
}

export function valueType(cell: CellSnapshot): string {
  if (cell.error) return "Error";
  switch (typeof cell.value) {
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    default:
      return cell.value === "" ? "Empty" : "String";
  }
}
