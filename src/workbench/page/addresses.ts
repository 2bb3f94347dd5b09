/* A1-style addresses as Excel writes and reads them: `B2`, `B2:D4`, `'Peer comparison'!A1`. */
import type { CellRange } from "../model/types";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `B2` for one cell, `B2:D4` for a block; no sheet. */
export function rangeAddress(r: Pick<CellRange, "row" | "col" | "rowCount" | "colCount">): string {
  const first = cellAddress(r.row, r.col);
  return r.rowCount === 1 && r.colCount === 1
    ? first
    : `${first}:${cellAddress(r.row + r.rowCount - 1, r.col + r.colCount - 1)}`;
}

/** Sheet names are quoted when they hold anything but letters, digits, `_` and `.`, or look like a cell. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(r: CellRange): string {
  return `${quoteSheet(r.sheet)}!${rangeAddress(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) return null;
  return { row, col };
}

/**
 * Reads `B2`, `b2:d4`, `Sheet1!A1`, `'Peer comparison'!A1:B2` (either corner first).
 * Returns null for anything else; the sheet is not checked against the workbook.
 */
export function parseAddress(text: string, defaultSheet: string): CellRange | null {
  let rest = text.trim();
  let sheet = defaultSheet;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const name = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    const quoted = /^'((?:[^']|'')+)'$/.exec(name);
    sheet = quoted ? quoted[1].replace(/''/g, "'") : name;
    if (!sheet) return null;
  }
  const [a, b, extra] = rest.split(":");
  if (extra !== undefined) return null;
  const first = parseCell(a);
  const second = b === undefined ? first : parseCell(b);
  if (!first || !second) return null;
  const row = Math.min(first.row, second.row);
  const col = Math.min(first.col, second.col);
  return {
    sheet,
    row,
    col,
    rowCount: Math.abs(first.row - second.row) + 1,
    colCount: Math.abs(first.col - second.col) + 1,
  };
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return (
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.col === b.col &&
    a.rowCount === b.rowCount &&
    a.colCount === b.colCount
  );
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
