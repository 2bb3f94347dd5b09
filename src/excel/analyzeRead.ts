/*
 * Analyze selection, step 1: read the selected statement in one round trip. The selection's used
 * cells (values and number formats), its sheet's name and the sheet's used range all come back in
 * the same sync, so the task pane can show what FIN understood and where the block would go.
 */
import type { SheetArea, StatementSource } from "../analysis";
import { failed, succeeded, type Outcome } from "../failure";
import { readStatement, type Statement } from "../statements";
import { finBlocksWithin } from "./finNames";
import { runExcel } from "./run";

export interface SelectionRead {
  statement: Statement;
  source: StatementSource;
  /** The sheet's used range (values and formulas only) when it was read. */
  usedRange: SheetArea | null;
}

export function areaOf(range: Excel.Range): SheetArea {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** Reads the selection as an income statement: 1 `context.sync()`. */
export function readSelection(): Promise<Outcome<SelectionRead>> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    // Only the used part: selecting whole columns must not bring a million blank rows back.
    const cells = selected.getUsedRangeOrNullObject(true);
    cells.load(["values", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    // The selection is on the active sheet.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    // FIN's own blocks are named: the reader skips them.
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();

    if (cells.isNullObject) return failed("empty");
    const exclude = finBlocksWithin(names.items, sheet.name, areaOf(cells));
    const read = readStatement(cells.values, cells.numberFormat as string[][], { exclude });
    if (!read.ok) return read;
    return succeeded({
      statement: read.value,
      source: { sheet: sheet.name, ...areaOf(cells) },
      usedRange: used.isNullObject ? null : areaOf(used),
    });
  });
}
