/*
 * Analyze selection, step 1: read the selected statement in one round trip. The selection's used
 * cells (values and number formats), its sheet's name, the sheet's used range, the workbook's
 * names and FIN's remembered blocks all come back in the same sync, so the task pane can show what
 * FIN understood, where the block would go, and whether a block built from it can be updated.
 */
import type { SheetArea, StatementSource } from "../analysis";
import { failed, succeeded, type Outcome } from "../failure";
import { readStatement, type Statement } from "../statements";
import { blockFor, readAnalysisMemory, type FoundBlock } from "./analysisMemory";
import { finBlocksWithin } from "./finNames";
import { runExcel } from "./run";

export interface SelectionRead {
  statement: Statement;
  source: StatementSource;
  /** The sheet's used range (values and formulas only) when it was read. */
  usedRange: SheetArea | null;
  /** A block FIN built from this statement earlier, whose name still exists: Update rewrites it. */
  block: FoundBlock | null;
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
    const memory = readAnalysisMemory(context);
    await context.sync();

    if (cells.isNullObject) return failed("empty");
    const exclude = finBlocksWithin(names.items, sheet.name, areaOf(cells));
    const read = readStatement(cells.values, cells.numberFormat as string[][], { exclude });
    if (!read.ok) return read;
    const source = { sheet: sheet.name, ...areaOf(cells) };
    return succeeded({
      statement: read.value,
      source,
      usedRange: used.isNullObject ? null : areaOf(used),
      block: blockFor(memory, names.items, source),
    });
  });
}
