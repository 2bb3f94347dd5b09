/* Where rows and columns sit on screen, in CSS pixels, at Excel on the web's default sizes. */
import type { SheetModel } from "../model/types";

export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 20;
export const DEFAULT_COLUMN_WIDTH = 64;
/** Beyond the used range the grid shows this much more, as room to type. */
export const MARGIN_ROWS = 60;
export const MARGIN_COLUMNS = 12;
export const MIN_ROWS = 60;
export const MIN_COLUMNS = 26;

export interface Columns {
  count: number;
  /** left[c] is where column c starts; left[count] is the total width. */
  left: number[];
}

export function columnWidth(sheet: SheetModel, col: number): number {
  const w = sheet.columnWidths.get(col);
  return w === undefined ? DEFAULT_COLUMN_WIDTH : Math.max(0, Math.round(w));
}

export function columnsOf(sheet: SheetModel, count: number): Columns {
  const left = [0];
  for (let c = 0; c < count; c++) left.push(left[c] + columnWidth(sheet, c));
  return { count, left };
}

/** The first column whose right edge is past x (binary search over the running widths). */
export function columnAt(cols: Columns, x: number): number {
  let lo = 0;
  let hi = cols.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cols.left[mid + 1] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Row numbers need a wider header once they reach four or more digits. */
export function rowHeaderWidth(rowCount: number): number {
  return Math.max(32, String(rowCount).length * 8 + 10);
}
