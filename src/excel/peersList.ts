/*
 * Compare peers, listing: the statements anywhere on the workbook's visible sheets and in its
 * tables, in 3 round trips whatever the number of sheets — the sheets', tables' and workbook names
 * with FIN's memory of its peer sheets; then each sheet's used-range address (values only) and the
 * addresses of its text cells (getSpecialCells, ExcelApi 1.9); then only the windows around that
 * text (a statement has labels), whose estimated response fits under Excel on the web's 5 MB cap.
 * 4 round trips only when Excel refuses the second as over 5 MB (so many separate text areas that
 * their addresses alone overflow): it is asked again for the used ranges only, and each sheet is
 * read as one whose text is not known, from its top-left within its share. FIN's own output
 * (cells under a FIN_analysis_* or FIN_peers_* name, and peer sheets built before FIN named them)
 * is never read as a statement. What the cells hold is decided by src/peers.
 */
import {
  CELL_RESPONSE_BYTES,
  findStatements,
  planSheetReads,
  type FoundStatement,
  type Listing,
  type UnreadSheet,
} from "../peers";
import { parseAddress, splitSheetPrefix, type CellRange } from "../references";
import { succeeded, type Outcome } from "../failure";
import { finBlocksWithin } from "./finNames";
import { officeFailure } from "./officeErrors";
import {
  currentPeerSheets,
  readMemory,
  readNames,
  type LoadedName,
  type PeerContext,
  type PeerSheetMemory,
} from "./peersMemory";
import { READ_BUDGET_BYTES } from "./requestSize";
import { runExcel } from "./run";

export interface FoundPeers {
  statements: FoundStatement[];
  /** Sheets with something on them where FIN listed nothing, or read only a part: each with why. */
  unread: UnreadSheet[];
  /** The peer sheets FIN built (under their current names) and the active sheet, from the same read. */
  context: PeerContext;
}

/** What the build needs to find a listed statement again. */
export interface ListedStatement {
  id: string;
  sheet: string;
  table: string | null;
}

/** What listing's first round trip read, for an action that lists and then writes. */
export interface ListingStart {
  sheets: string[];
  names: LoadedName[];
  memory: PeerSheetMemory;
  peers: PeerContext;
}

/** Lists the statements of the visible sheets: 3 round trips (see `listStatements`). */
export async function findPeerStatements(): Promise<Outcome<FoundPeers>> {
  return runExcel(async (context) => {
    const { statements, unread, start } = await listStatements(context);
    return succeeded({ statements, unread, context: start.peers });
  });
}

/**
 * Listing inside an action: 3 round trips, each response within 5 MB; a 4th only when Excel refuses
 * one as too large: the text addresses' (a huge number of separate text areas: used ranges only,
 * read from their top-left), or the cells' (long text: a quarter as much). `alongside` queues more
 * reads once the first round trip is back; they come back with the second (queued again with it).
 */
export async function listStatements(
  context: Excel.RequestContext,
  alongside?: (start: ListingStart) => void
): Promise<Listing & { start: ListingStart }> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  const names = readNames(context);
  const memory = readMemory(context);
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const peerSheets = currentPeerSheets(memory, names.items, sheetNames);
  const start: ListingStart = {
    sheets: sheetNames,
    names: names.items,
    memory,
    peers: { sheets: peerSheets, activeSheet: active.name },
  };
  // A peer sheet built before FIN named them is FIN's all over.
  const unnamed = new Set(
    peerSheets.filter((e) => !e.name).map((e) => e.sheet.toLocaleUpperCase())
  );
  const visible = sheets.items.filter(
    (s) => s.visibility === "Visible" && !unnamed.has(s.name.toLocaleUpperCase())
  );
  // Where each sheet's text is, before any cell is read: labels, titles and text periods.
  const queueUsed = (withText: boolean) => {
    const used = visible.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true).load("address");
      if (!withText) return { sheet, range, text: null };
      const values = sheet.getUsedRange(true);
      const text = (type: Excel.SpecialCellType) =>
        values.getSpecialCellsOrNullObject(type, Excel.SpecialCellValueType.text).load("address");
      return {
        sheet,
        range,
        text: [text(Excel.SpecialCellType.constants), text(Excel.SpecialCellType.formulas)],
      };
    });
    const tableRanges = tables.items.map((t) => ({
      name: t.name,
      range: t.getRange().load("address"),
    }));
    alongside?.(start);
    return { used, tableRanges };
  };
  let { used, tableRanges } = queueUsed(true);
  try {
    await context.sync();
  } catch (e) {
    // Only when the text's addresses alone are over 5 MB (a huge number of separate text areas):
    // one more round trip, used ranges only; each sheet is then read as one whose text is not
    // known (its top-left part within its share, named as read in part).
    if (officeFailure(e).reason !== "tooLarge") throw e;
    ({ used, tableRanges } = queueUsed(false));
    await context.sync();
  }

  const present = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => {
      const prefix = u.range.address.slice(0, u.range.address.lastIndexOf("!") + 1);
      return {
        sheet: u.sheet,
        used: rangeOf(u.range.address, u.sheet.name),
        text:
          u.text === null
            ? null
            : u.text
                .filter((t) => !t.isNullObject)
                .flatMap((t) => areasOf(t.address, prefix, u.sheet.name)),
        tables: tableRanges
          .filter((t) => sameName(splitSheetPrefix(t.range.address).sheet, u.sheet.name))
          .map((t) => ({ name: t.name, range: rangeOf(t.range.address, u.sheet.name) })),
      };
    });
  const queueReads = (budgetCells: number) => {
    const plans = planSheetReads(
      present.map((p) => ({ used: p.used, text: p.text, tables: p.tables.map((t) => t.range) })),
      budgetCells
    );
    return present.map((p, i) => ({
      ...p,
      complete: plans[i].complete,
      parts: plans[i].reads.map((read) => ({
        read,
        cells: p.sheet
          .getRangeByIndexes(read.row, read.col, read.rowCount, read.colCount)
          .load("values,numberFormat"),
      })),
    }));
  };
  const budgetCells = Math.floor(READ_BUDGET_BYTES / CELL_RESPONSE_BYTES);
  let reads = queueReads(budgetCells);
  try {
    await context.sync();
  } catch (e) {
    // Only when cells hold far more text than estimated: one more round trip, a quarter as much.
    // It stays because Excel tells no text lengths before the cells are read (a cell may hold
    // 32,767 characters): no estimate made from round trip 2 alone can rule a refusal out.
    if (officeFailure(e).reason !== "tooLarge") throw e;
    reads = queueReads(Math.floor(budgetCells / 4));
    await context.sync();
  }

  const listing = findStatements(
    reads.map((r) => ({
      sheet: r.sheet.name,
      used: r.used,
      complete: r.complete,
      tables: r.tables,
      parts: r.parts.map(({ read, cells }) => ({
        read,
        values: cells.values,
        numberFormats: cells.numberFormat as string[][],
        skip: finBlocksWithin(names.items, r.sheet.name, {
          row: read.row,
          column: read.col,
          rowCount: read.rowCount,
          columnCount: read.colCount,
        }).map((b) => ({
          row: b.row,
          col: b.column,
          rowCount: b.rowCount,
          colCount: b.columnCount,
        })),
      })),
    }))
  );
  return { ...listing, start };
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

/**
 * The areas of a RangeAreas address (`Data!A1:C1, Data!A2:A5`; Excel may leave out the space),
 * each prefixed with the sheet as in `prefix` (`'Q1, Q2'!`): local addresses hold no commas.
 */
function areasOf(address: string, prefix: string, sheet: string): CellRange[] {
  const areas: CellRange[] = [];
  let rest = address;
  while (rest.trim() !== "") {
    rest = rest.replace(/^[,\s]+/, "");
    if (prefix !== "" && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
    const local = /^[^,]*/.exec(rest)![0];
    areas.push(rangeOf(local, sheet));
    rest = rest.slice(local.length);
  }
  return areas;
}

/** Excel's sheet names are unique ignoring case. */
function sameName(a: string | null, b: string): boolean {
  return a !== null && a.toLocaleUpperCase() === b.toLocaleUpperCase();
}
