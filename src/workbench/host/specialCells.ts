/*
 * Range.getSpecialCells (ExcelApi 1.9) over the workbook model: the constants or formulas of a range,
 * optionally only those of some value types, as rectangular areas. Only cells that hold something
 * can match; with none, getSpecialCells fails with ItemNotFound and getSpecialCellsOrNullObject
 * gives a null object (docs: "Find special cells within a range").
 */
import { WorkbookError } from "../model/errors";
import { HostError } from "./errors";
import type { CellContent, CellRange, WorkbookModel } from "../model/types";

const VALUE_KINDS: Readonly<Record<string, readonly string[]>> = {
  Errors: ["error"],
  ErrorsLogical: ["error", "logical"],
  ErrorsNumbers: ["error", "number"],
  ErrorsText: ["error", "text"],
  ErrorsLogicalNumber: ["error", "logical", "number"],
  ErrorsLogicalText: ["error", "logical", "text"],
  ErrorsNumberText: ["error", "number", "text"],
  Logical: ["logical"],
  LogicalNumbers: ["logical", "number"],
  LogicalText: ["logical", "text"],
  LogicalNumbersText: ["logical", "number", "text"],
  Numbers: ["number"],
  NumbersText: ["number", "text"],
  Text: ["text"],
  All: ["error", "logical", "number", "text"],
};

function kindOf(cell: CellContent): string | null {
  if (cell.error) return "error";
  switch (typeof cell.value) {
    case "number":
      return "number";
    case "boolean":
      return "logical";
    case "string":
      return cell.value === "" ? null : "text";
    default:
      return null;
  }
}

/** The matching cells of `range` as areas: runs along each row, runs of equal columns on consecutive rows joined. */
export function specialCellAreas(
  model: WorkbookModel,
  range: CellRange,
  cellType: string,
  cellValueType = "All"
): CellRange[] {
  if (cellType !== "Constants" && cellType !== "Formulas") {
    throw new HostError("NotImplemented", undefined, {
      message: `The simulated host finds constants and formulas only, not ${cellType}.`,
    });
  }
  const kinds = VALUE_KINDS[cellValueType];
  if (!kinds) throw new WorkbookError("InvalidArgument", `${cellValueType} is not a value type.`);
  const used = model.usedRange(range.sheet, true);
  const areas: CellRange[] = [];
  if (!used) return areas;
  const top = Math.max(range.row, used.row);
  const bottom = Math.min(range.row + range.rowCount, used.row + used.rowCount);
  const left = Math.max(range.col, used.col);
  const right = Math.min(range.col + range.colCount, used.col + used.colCount);
  const grid = model.contents({
    sheet: range.sheet,
    row: top,
    col: left,
    rowCount: Math.max(0, bottom - top),
    colCount: Math.max(0, right - left),
  });
  const matches = (row: number, col: number) => {
    const cell = grid[row - top][col - left];
    const kind = kindOf(cell);
    return kind !== null && kinds.includes(kind) && cell.formula === (cellType === "Formulas");
  };
  let open = new Map<string, CellRange>(); // runs of the row above, by their columns
  for (let row = top; row < bottom; row++) {
    const next = new Map<string, CellRange>();
    let start = -1;
    for (let col = left; col <= right; col++) {
      if (col < right && matches(row, col)) {
        if (start < 0) start = col;
        continue;
      }
      if (start < 0) continue;
      const key = `${start}:${col - start}`;
      const above = open.get(key);
      if (above) {
        above.rowCount += 1;
        next.set(key, above);
      } else {
        const area = { sheet: range.sheet, row, col: start, rowCount: 1, colCount: col - start };
        areas.push(area);
        next.set(key, area);
      }
      start = -1;
    }
    open = next;
  }
  return areas;
}
