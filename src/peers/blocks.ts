/**
 * A sheet's cells split into the statements on it: blocks separated by fully blank rows, then,
 * within each, by fully blank columns. A blank spacer row or column inside one statement does not
 * split it: a part that does not read as a statement on its own joins a neighbour — text without
 * figures (a title, a unit) joins the statement below it, figures without a header join the one
 * above. So an annual statement above a quarterly one gives two blocks, a spaced-out one gives one.
 */
import { readCell, readStatement } from "../statements";

/** A rectangle of a grid, 0-based within it. */
export interface GridRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export function isBlankCell(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** The statement-sized blocks of `values`, in reading order (top to bottom, then left to right). */
export function statementBlocks(values: unknown[][], formats?: string[][]): GridRect[] {
  const width = values.reduce((most, row) => Math.max(most, row.length), 0);
  const whole = trim(values, { row: 0, col: 0, rowCount: values.length, colCount: width });
  if (!whole) return [];
  const blocks: GridRect[] = [];
  for (const band of group(values, formats, whole, "rows")) {
    for (const part of group(values, formats, band, "columns")) {
      const block = trim(values, part);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

/** The cells of `rect`, as a grid of their own. */
export function slice<T>(grid: T[][], rect: GridRect): T[][] {
  return grid
    .slice(rect.row, rect.row + rect.rowCount)
    .map((row) => row.slice(rect.col, rect.col + rect.colCount));
}

type Axis = "rows" | "columns";

/** Blank lines that still count as a spacer inside one statement (or under its title). */
const MAX_SPACER = 3;

/** Lines of text above a statement that can still be its title (and keep each re-read short). */
const MAX_TITLE = 8;

function length(r: GridRect, axis: Axis): number {
  return axis === "rows" ? r.rowCount : r.colCount;
}

/** Blank lines between `a` and the later part `b` along `axis`. */
function gap(a: GridRect, b: GridRect, axis: Axis): number {
  return axis === "rows" ? b.row - (a.row + a.rowCount) : b.col - (a.col + a.colCount);
}

/** Splits `rect` at its fully blank rows (or columns), then joins the parts that can't stand alone. */
function group(
  values: unknown[][],
  formats: string[][] | undefined,
  rect: GridRect,
  axis: Axis
): GridRect[] {
  const groups: GridRect[] = [];
  let pending: GridRect | null = null; // text (or stray figures) waiting for a statement to join
  let last: GridRect | null = null;
  const reads = (r: GridRect) => readStatement(slice(values, r), formats && slice(formats, r)).ok;
  const near = (a: GridRect | null, b: GridRect) => a !== null && gap(a, b, axis) <= MAX_SPACER;
  for (const part of split(values, rect, axis)) {
    if (pending && (!near(last, part) || length(pending, axis) > MAX_TITLE)) {
      groups.push(pending); // far from anything, or too long for a title: a block of its own
      pending = null;
    }
    const joined: GridRect = pending ? span(pending, part) : part;
    if (reads(joined)) {
      groups.push(joined);
      pending = null;
    } else if (!pending && near(last, part) && isLines(slice(values, part))) {
      // Labelled figures under no header of their own: the rest of the statement above.
      groups[groups.length - 1] = span(groups[groups.length - 1], part);
    } else {
      pending = joined;
    }
    last = part;
  }
  if (pending) {
    // Trailing notes belong to the statement just above; anything else is a block of its own.
    const above = groups.length > 0 ? groups[groups.length - 1] : null;
    const notes = !hasFigures(slice(values, pending));
    if (above && notes && near(above, pending)) groups[groups.length - 1] = span(above, pending);
    else groups.push(pending);
  }
  return groups;
}

/** The runs of lines of `rect` along `axis` that are not wholly blank. */
function split(values: unknown[][], rect: GridRect, axis: Axis): GridRect[] {
  const count = axis === "rows" ? rect.rowCount : rect.colCount;
  const blank = (i: number): boolean =>
    axis === "rows"
      ? lineBlank(values, rect.row + i, rect.col, rect.colCount)
      : columnBlank(values, rect.col + i, rect.row, rect.rowCount);
  const parts: GridRect[] = [];
  let start = -1;
  for (let i = 0; i <= count; i++) {
    if (i < count && !blank(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      parts.push(
        axis === "rows"
          ? { ...rect, row: rect.row + start, rowCount: i - start }
          : { ...rect, col: rect.col + start, colCount: i - start }
      );
      start = -1;
    }
  }
  return parts;
}

function hasFigures(cells: unknown[][]): boolean {
  return cells.some((row) => row.some((v) => readCell(v) !== null));
}

/** Figures with text beside them (line labels), unlike a bare block of numbers. */
function isLines(cells: unknown[][]): boolean {
  const text = cells.some((row) => row.some((v) => !isBlankCell(v) && readCell(v) === null));
  return text && hasFigures(cells);
}

function lineBlank(values: unknown[][], row: number, col: number, count: number): boolean {
  const cells = values[row] ?? [];
  for (let c = col; c < col + count; c++) if (!isBlankCell(cells[c])) return false;
  return true;
}

function columnBlank(values: unknown[][], col: number, row: number, count: number): boolean {
  for (let r = row; r < row + count; r++) if (!isBlankCell(values[r]?.[col])) return false;
  return true;
}

/** The smallest rectangle holding both (parts of one axis: it takes in the blank lines between). */
function span(a: GridRect, b: GridRect): GridRect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    colCount: Math.max(a.col + a.colCount, b.col + b.colCount) - col,
  };
}

/** `rect` without its blank outer rows and columns; null when it is all blank. */
function trim(values: unknown[][], rect: GridRect): GridRect | null {
  let top = rect.row;
  let bottom = rect.row + rect.rowCount - 1;
  let left = rect.col;
  let right = rect.col + rect.colCount - 1;
  while (top <= bottom && lineBlank(values, top, left, right - left + 1)) top++;
  while (bottom >= top && lineBlank(values, bottom, left, right - left + 1)) bottom--;
  if (top > bottom) return null;
  while (left <= right && columnBlank(values, left, top, bottom - top + 1)) left++;
  while (right >= left && columnBlank(values, right, top, bottom - top + 1)) right--;
  return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}
