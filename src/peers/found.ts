/**
 * The statements FIN finds in a workbook: every block of a sheet's cells, and every Excel table,
 * that the statement reader recognises; and every sheet with something on it where it found none,
 * with the reason. Pure: src/excel reads the cells, this decides what they are.
 */
import { formatSheetAddress, parseAddress, type CellRange } from "../references";
import { failed, succeeded, type Outcome, type ReadReason } from "../failure";
import { readStatement, type Statement } from "../statements";
import { slice, statementBlocks, type GridRect } from "./blocks";
import { metricsOf, type MetricId, type PeerCompany } from "./metrics";
import { latestPosition } from "./periods";

/** A block of cells read from the workbook. */
export interface ReadGrid {
  sheet: string;
  /** The Excel table it is, or null for a block of a sheet. */
  table: string | null;
  /** As Excel gives it: `'Agora Inc.'!A1:C5`. */
  address: string;
  values: unknown[][];
  numberFormats?: string[][];
}

export interface FoundStatement {
  /** `range:<address>` or `table:<name>`: what the build reads again. */
  id: string;
  sheet: string;
  table: string | null;
  address: string;
  /** The name the comparison uses unless the analyst edits it: the sheet's (and table's) name. */
  name: string;
  statement: Statement;
  metrics: MetricId[];
  /** Label of the latest reported period, or null when no period has figures. */
  latest: string | null;
}

/** `range:<address>` for a block of a sheet, `table:<name>` for a table: what the build reads again. */
export function idOf(grid: Pick<ReadGrid, "table" | "address">): string {
  return grid.table === null ? `range:${grid.address}` : `table:${grid.table}`;
}

/** The grid as a statement, or null when the reader does not recognise one. */
export function recognise(grid: ReadGrid, nameOverride?: string): FoundStatement | null {
  const read = readGrid(grid, nameOverride);
  return read.ok ? read.value : null;
}

function readGrid(
  grid: ReadGrid,
  nameOverride?: string
): Outcome<FoundStatement, ReadReason | "noRevenue"> {
  const read = readStatement(grid.values, grid.numberFormats);
  if (!read.ok) return read;
  const statement = read.value;
  if (!statement.lines.some((l) => l.meaning === "revenue")) return failed("noRevenue");
  const latest = latestPosition(statement);
  return succeeded({
    id: idOf(grid),
    sheet: grid.sheet,
    table: grid.table,
    address: grid.address,
    name: nameOverride ?? (grid.table === null ? grid.sheet : `${grid.sheet} ${grid.table}`),
    statement,
    metrics: metricsOf(statement),
    latest: latest === null ? null : statement.periods[latest].label,
  });
}

/**
 * Why a sheet with something on it lists no statement, or lists only what FIN read of it: a note
 * on the list (the pane's `unreadReasons`), not a failed action.
 */
export type UnreadReason = ReadReason | "noRevenue" | "tooLarge";

export interface UnreadSheet {
  sheet: string;
  reason: UnreadReason;
  /** For "tooLarge": the part FIN read (`Data!A1:AZ2000`) and the used range's cell count. */
  read?: string;
  cells?: number;
}

/** One rectangle of a sheet that listing read. */
export interface SheetPart {
  read: CellRange;
  values: unknown[][];
  numberFormats?: string[][];
  /** FIN's own output (its named blocks), in `read`'s rows and columns: never read as statements. */
  skip?: readonly GridRect[];
}

/** What listing read of one sheet. */
export interface SheetCells {
  sheet: string;
  /** The sheet's used range (values only). */
  used: CellRange;
  /** What was read: `used` whole, or the windows around its text (see readPlan.ts). */
  parts: readonly SheetPart[];
  /** Every window around the sheet's text was read in full (always so when `used` is read whole). */
  complete: boolean;
  /** The sheet's Excel tables. */
  tables: ReadonlyArray<{ name: string; range: CellRange }>;
}

export interface Listing {
  statements: FoundStatement[];
  unread: UnreadSheet[];
  /** The cells each statement was read from, by its id: a build can use them without reading again. */
  grids: Map<string, ReadGrid>;
}

/**
 * Each sheet's tables, then the blocks of the rest of its cells, in reading order. A sheet with
 * one statement is named by the sheet; a second block is `Sheet (2)`, a table `Sheet Table1`.
 */
export function findStatements(sheets: readonly SheetCells[]): Listing {
  const statements: FoundStatement[] = [];
  const unread: UnreadSheet[] = [];
  const grids = new Map<string, ReadGrid>();
  for (const cells of sheets) {
    const { found, failures } = sheetStatements(cells, grids);
    statements.push(...found);
    if (!cells.complete) {
      unread.push({
        sheet: cells.sheet,
        reason: "tooLarge",
        read: cells.parts.map((p) => formatSheetAddress(p.read)).join(", "),
        cells: cells.used.rowCount * cells.used.colCount,
      });
    } else if (found.length === 0) {
      // Text is what a statement needs first: a sheet read in windows around none has no labels.
      if (failures.length > 0) unread.push({ sheet: cells.sheet, reason: mainReason(failures) });
      else if (cells.parts.length === 0) unread.push({ sheet: cells.sheet, reason: "noLabels" });
    }
  }
  return { statements, unread, grids };
}

function sheetStatements(
  cells: SheetCells,
  grids: Map<string, ReadGrid>
): {
  found: FoundStatement[];
  failures: Array<{ reason: UnreadReason; size: number }>;
} {
  const parts: Array<{ grid: ReadGrid; row: number; col: number; size: number }> = [];
  const tablesSeen = new Set<string>();
  for (const part of cells.parts) {
    const origin = part.read;
    const place = (grid: ReadGrid, at: GridRect) => ({
      grid,
      row: origin.row + at.row,
      col: origin.col + at.col,
      size: at.rowCount * at.colCount,
    });
    // FIN's own blocks are as good as blank: an Analyze block beside a statement is not a second one.
    let rest = part.values;
    for (const at of part.skip ?? []) rest = blanked(rest, at);
    const own = rest;
    // Table cells are read as their tables, and left out of the sheet's own blocks.
    for (const table of cells.tables) {
      const at = within(table.range, origin);
      if (!at) continue;
      if (!tablesSeen.has(table.name))
        parts.push(place(gridAt(cells.sheet, part, own, at, table.name), at));
      tablesSeen.add(table.name);
      rest = blanked(rest, at);
    }
    for (const at of statementBlocks(rest, part.numberFormats))
      parts.push(place(gridAt(cells.sheet, part, own, at, null), at));
  }
  parts.sort((a, b) => a.row - b.row || a.col - b.col);

  const reads = parts.map(({ grid, size }) => ({ grid, size, read: readGrid(grid) }));
  const ok = reads.filter((r) => r.read.ok).length;
  const found: FoundStatement[] = [];
  const failures: Array<{ reason: UnreadReason; size: number }> = [];
  let blocks = 0;
  for (const { grid, size, read } of reads) {
    if (!read.ok) {
      failures.push({ reason: read.failure.reason, size });
      continue;
    }
    const name =
      ok === 1
        ? grid.sheet
        : grid.table !== null
          ? `${grid.sheet} ${grid.table}`
          : blocks === 0
            ? grid.sheet
            : `${grid.sheet} (${blocks + 1})`;
    if (grid.table === null) blocks += 1;
    found.push({ ...read.value, name });
    grids.set(read.value.id, grid);
  }
  return { found, failures };
}

/** A statement without revenue says more than the reader's failure on some stray text. */
function mainReason(failures: ReadonlyArray<{ reason: UnreadReason; size: number }>): UnreadReason {
  if (failures.some((f) => f.reason === "noRevenue")) return "noRevenue";
  return failures.reduce((a, b) => (b.size > a.size ? b : a)).reason;
}

function gridAt(
  sheet: string,
  part: SheetPart,
  values: unknown[][],
  at: GridRect,
  table: string | null
): ReadGrid {
  const range = {
    sheet,
    row: part.read.row + at.row,
    col: part.read.col + at.col,
    rowCount: at.rowCount,
    colCount: at.colCount,
  };
  return {
    sheet,
    table,
    address: formatSheetAddress(range),
    values: slice(values, at),
    numberFormats: part.numberFormats && slice(part.numberFormats, at),
  };
}

/** The part of `range` inside `origin`, relative to it; null when they don't meet. */
function within(range: CellRange, origin: CellRange): GridRect | null {
  const row = Math.max(range.row, origin.row);
  const col = Math.max(range.col, origin.col);
  const rowEnd = Math.min(range.row + range.rowCount, origin.row + origin.rowCount);
  const colEnd = Math.min(range.col + range.colCount, origin.col + origin.colCount);
  if (rowEnd <= row || colEnd <= col) return null;
  return {
    row: row - origin.row,
    col: col - origin.col,
    rowCount: rowEnd - row,
    colCount: colEnd - col,
  };
}

function blanked(values: unknown[][], at: GridRect): unknown[][] {
  return values.map((row, r) =>
    r < at.row || r >= at.row + at.rowCount
      ? row
      : row.map((v, c) => (c >= at.col && c < at.col + at.colCount ? "" : v))
  );
}

/** A found statement as a company of the comparison, under the analyst's name for it. */
export function asCompany(found: FoundStatement, name: string): PeerCompany {
  const parsed = parseAddress(found.address);
  return {
    id: found.id,
    name: name.trim() === "" ? found.name : name.trim(),
    sheet: found.sheet,
    origin: { row: parsed?.row ?? 0, column: parsed?.col ?? 0 },
    address: found.address,
    statement: found.statement,
  };
}
