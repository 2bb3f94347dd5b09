/* Selection geometry for the grid; A1 reading and writing come from src/references. */
import { parseAddress as parseA1 } from "../../references";
import type { CellRange } from "../model/types";

export {
  MAX_COLUMNS,
  MAX_ROWS,
  columnLetters,
  formatRangeAddress as rangeAddress,
} from "../../references";

/**
 * Reads `B2`, `b2:d4`, `Sheet1!A1`, `'Peer comparison'!A1:B2` (either corner first), on
 * `defaultSheet` when no sheet is named. Null for anything else; the sheet is not checked.
 */
export function parseAddress(text: string, defaultSheet: string): CellRange | null {
  const parsed = parseA1(text);
  if (!parsed) return null;
  return { ...parsed, sheet: parsed.sheet ?? defaultSheet };
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;
}

/** The block between two corners, in either order. */
export function spanning(
  sheet: string,
  a: { row: number; col: number },
  b: { row: number; col: number }
): CellRange {
  return {
    sheet,
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rowCount: Math.abs(a.row - b.row) + 1,
    colCount: Math.abs(a.col - b.col) + 1,
  };
}
