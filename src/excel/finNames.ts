/*
 * FIN knows its own output: every block it writes gets a workbook name FIN_<kind>_<n> over its
 * range, and the reader is given those ranges to skip, so a block is never read as a statement.
 */
import type { SheetArea } from "../analysis";
import { parseAddress } from "../references";
import type { CellRect } from "../statements";

export type FinBlockKind = "analysis" | "peers";

const FIN_NAME = /^FIN_(analysis|peers)_(\d+)$/i;

/** The next free name of a kind: FIN_analysis_1, FIN_analysis_2 … */
export function nextFinName(kind: FinBlockKind, existing: readonly string[]): string {
  let most = 0;
  for (const name of existing) {
    const m = FIN_NAME.exec(name);
    if (m && m[1].toLowerCase() === kind) most = Math.max(most, Number(m[2]));
  }
  return `FIN_${kind}_${most + 1}`;
}

/** FIN's named blocks on `sheet` that overlap `area`, in `area`'s own rows and columns. */
export function finBlocksWithin(
  names: readonly { name: string; formula: string }[],
  sheet: string,
  area: SheetArea
): CellRect[] {
  const rects: CellRect[] = [];
  for (const { name, formula } of names) {
    if (!FIN_NAME.test(name)) continue;
    const at = parseAddress(String(formula).replace(/^=/, ""));
    if (!at || at.sheet === null || at.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const row = Math.max(at.row, area.row);
    const column = Math.max(at.col, area.column);
    const end = Math.min(at.row + at.rowCount, area.row + area.rowCount);
    const right = Math.min(at.col + at.colCount, area.column + area.columnCount);
    if (end <= row || right <= column) continue;
    rects.push({
      row: row - area.row,
      column: column - area.column,
      rowCount: end - row,
      columnCount: right - column,
    });
  }
  return rects;
}
