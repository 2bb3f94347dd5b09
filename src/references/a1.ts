/*
 * A1 addresses as Excel writes them: column letters, cells, ranges, whole columns and rows, and
 * sheet names quoted only where Excel quotes them. Rows and columns are 0-based here.
 */
/** A block of cells; `sheet` is the worksheet's name as written (unquoted). */
export interface CellRange {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS)
    throw new RangeError(`column ${index} is off the grid`);
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "aa" → 26; null for anything that is not a column on the grid. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : null;
}

export function formatCellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A range without its sheet: "B2", "A1:C3", "A:C" for whole columns, "2:4" for whole rows. */
export function formatRangeAddress(range: Omit<CellRange, "sheet">): string {
  const lastRow = range.row + range.rowCount - 1;
  const lastCol = range.col + range.colCount - 1;
  if (
    range.row === 0 &&
    range.rowCount === MAX_ROWS &&
    !(range.col === 0 && range.colCount === MAX_COLUMNS)
  ) {
    return `${columnLetters(range.col)}:${columnLetters(lastCol)}`;
  }
  if (range.col === 0 && range.colCount === MAX_COLUMNS) return `${range.row + 1}:${lastRow + 1}`;
  const first = formatCellAddress(range.row, range.col);
  return range.rowCount === 1 && range.colCount === 1
    ? first
    : `${first}:${formatCellAddress(lastRow, lastCol)}`;
}

/** "Sheet1!A1:C3", "'My Sheet'!A1:C3", as Office.js `range.address` gives it. */
export function formatSheetAddress(range: CellRange): string {
  return `${quoteSheetName(range.sheet)}!${formatRangeAddress(range)}`;
}

const WORD_CHARS = /^[\p{L}\p{N}\p{M}_.]+$/u;
const CELL_LIKE = /^([A-Za-z]{1,3})(\d+)$/;
const R1C1_LIKE = /^(?:[Rr]\d+(?:[Cc]\d*)?|[Rr][Cc]\d+|[Cc]\d+)|^(?:[Rr]|[Cc]|[Rr][Cc])$/;

/**
 * Quotes a sheet name the way Excel writes it in a reference: when it holds anything but letters,
 * digits, `_` and `.` (any script: `喜马拉雅`, `École1` stay bare), starts with a digit or a dot,
 * or could be read as a cell (`ev1`) or an R1C1 reference (`R2C3`, `C1x`). Apostrophes are doubled.
 */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function needsQuotes(name: string): boolean {
  if (!WORD_CHARS.test(name)) return true;
  if (/^[\d.]/.test(name)) return true;
  const cell = CELL_LIKE.exec(name);
  if (cell) {
    const col = columnIndex(cell[1]);
    const row = Number(cell[2]);
    if (col !== null && row >= 1 && row <= MAX_ROWS) return true;
  }
  return R1C1_LIKE.test(name);
}

/** "'It''s'" → "It's"; a bare name is returned as it is. */
export function unquoteSheetName(text: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** Splits "'My Sheet'!A1:B2" into the sheet ("My Sheet") and the rest ("A1:B2"). */
export function splitSheetPrefix(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  return { sheet: unquoteSheetName(address.slice(0, bang)), local: address.slice(bang + 1) };
}

export interface ParsedAddress {
  sheet: string | null;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

const CELL_PART = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN_PART = /^\$?([A-Za-z]{1,3})$/;
const ROW_PART = /^\$?(\d+)$/;

/** Reads "B3", "A1:C3", "$A$1", "A:C", "2:4", with an optional (quoted) sheet; null if it is none of these. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheetPrefix(address.trim());
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const cells = parts.map(parseCellPart);
  if (cells.every((c) => c !== null)) {
    const [a, b] = [cells[0]!, cells[cells.length - 1]!];
    return box(sheet, a.row, a.col, b.row, b.col);
  }
  if (parts.length !== 2) return null;
  const cols = parts.map((p) => COLUMN_PART.exec(p));
  if (cols[0] && cols[1]) {
    const c1 = columnIndex(cols[0][1]);
    const c2 = columnIndex(cols[1][1]);
    if (c1 === null || c2 === null) return null;
    return box(sheet, 0, c1, MAX_ROWS - 1, c2);
  }
  const rows = parts.map((p) => ROW_PART.exec(p));
  if (rows[0] && rows[1]) {
    const r1 = Number(rows[0][1]) - 1;
    const r2 = Number(rows[1][1]) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return null;
    return box(sheet, r1, 0, r2, MAX_COLUMNS - 1);
  }
  return null;
}

function parseCellPart(part: string): { row: number; col: number } | null {
  const m = CELL_PART.exec(part);
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col === null || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

function box(sheet: string | null, r1: number, c1: number, r2: number, c2: number): ParsedAddress {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { sheet, row, col, rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 };
}

/** True when the range lies on the grid (16,384 columns × 1,048,576 rows). */
export function isOnGrid(range: Omit<CellRange, "sheet">): boolean {
  return (
    range.row >= 0 &&
    range.col >= 0 &&
    range.rowCount >= 1 &&
    range.colCount >= 1 &&
    range.row + range.rowCount <= MAX_ROWS &&
    range.col + range.colCount <= MAX_COLUMNS
  );
}
