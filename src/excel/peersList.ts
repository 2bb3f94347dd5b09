/*
 * Compare peers, listing: the statements anywhere on the workbook's visible sheets and in its
 * tables, in 3 round trips whatever the number of sheets — the sheets' and tables' names, then
 * each sheet's used-range address (values only), then only the cells whose estimated response
 * fits under Excel on the web's 5 MB cap. What the cells hold is decided by src/peers.
 */
import {
  CELL_RESPONSE_BYTES,
  findStatements,
  planSheetReads,
  type FoundStatement,
  type UnreadSheet,
} from "../peers";
import { parseAddress, splitSheetPrefix, type CellRange } from "../references";
import { succeeded, type Outcome } from "../failure";
import { officeFailure } from "./officeErrors";
import { READ_BUDGET_BYTES } from "./requestSize";
import { runExcel } from "./run";

export interface FoundPeers {
  statements: FoundStatement[];
  /** Sheets with something on them where FIN listed nothing, or read only a part: each with why. */
  unread: UnreadSheet[];
}

/** What the build needs to find a listed statement again. */
export interface ListedStatement {
  id: string;
  sheet: string;
  table: string | null;
}

/**
 * Lists the statements of the visible sheets: 3 round trips, each response within 5 MB; a 4th only
 * when Excel refuses the cells' response as too large (long text), reading a quarter as much.
 */
export async function findPeerStatements(): Promise<Outcome<FoundPeers>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();

    const visible = sheets.items.filter((s) => s.visibility === "Visible");
    const used = visible.map((sheet) => ({
      sheet,
      range: sheet.getUsedRangeOrNullObject(true).load("address"),
    }));
    const tableRanges = tables.items.map((t) => ({
      name: t.name,
      range: t.getRange().load("address"),
    }));
    await context.sync();

    const present = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({ sheet: u.sheet, used: rangeOf(u.range.address, u.sheet.name) }));
    const queueReads = (budgetCells: number) => {
      const plans = planSheetReads(
        present.map((p) => p.used),
        budgetCells
      );
      return present.map((p, i) => {
        const { row, col, rowCount, colCount } = plans[i].read;
        const range = p.sheet.getRangeByIndexes(row, col, rowCount, colCount);
        return { ...p, read: plans[i].read, cells: range.load("values,numberFormat") };
      });
    };
    const budgetCells = Math.floor(READ_BUDGET_BYTES / CELL_RESPONSE_BYTES);
    let reads = queueReads(budgetCells);
    try {
      await context.sync();
    } catch (e) {
      // Only when cells hold far more text than estimated: one more round trip, a quarter as much.
      if (officeFailure(e).reason !== "tooLarge") throw e;
      reads = queueReads(Math.floor(budgetCells / 4));
      await context.sync();
    }

    return succeeded(
      findStatements(
        reads.map((r) => ({
          sheet: r.sheet.name,
          used: r.used,
          read: r.read,
          values: r.cells.values,
          numberFormats: r.cells.numberFormat as string[][],
          tables: tableRanges
            .filter((t) => sameName(splitSheetPrefix(t.range.address).sheet, r.sheet.name))
            .map((t) => ({ name: t.name, range: rangeOf(t.range.address, r.sheet.name) })),
        }))
      )
    );
  });
}

/** The range a listed statement is read from again: its table, or its block of the sheet. */
export function statementRange(book: Excel.Workbook, listed: ListedStatement): Excel.Range {
  if (listed.table !== null) return book.tables.getItem(listed.table).getRange();
  const { local } = splitSheetPrefix(listed.id.slice("range:".length));
  return book.worksheets.getItem(listed.sheet).getRange(local);
}

/** An address Excel gave (`Agora!A1:C5`) as a range of `sheet`. */
function rangeOf(address: string, sheet: string): CellRange {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`Excel gave an address FIN cannot read: ${address}`);
  return {
    sheet,
    row: parsed.row,
    col: parsed.col,
    rowCount: parsed.rowCount,
    colCount: parsed.colCount,
  };
}

/** Excel's sheet names are unique ignoring case. */
function sameName(a: string | null, b: string): boolean {
  return a !== null && a.toLocaleUpperCase() === b.toLocaleUpperCase();
}
