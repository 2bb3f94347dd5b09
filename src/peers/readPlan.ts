/**
 * Which cells listing reads, so that one response stays under Excel on the web's 5 MB cap however
 * many sheets there are. Listing knows each sheet's used range and where its text is (labels,
 * titles, text periods) before it reads a cell: a statement has labels, so only the windows around
 * that text can hold one. The budget (in cells) is shared out smallest need first: each sheet gets
 * its windows, then what is left reads small sheets whole. A sheet whose windows don't fit its share
 * keeps the windows that do, the next one cut to its top rows, and is named as read in part.
 */
import type { CellRange } from "../references";

/**
 * Estimated response bytes per cell read, its value and its number format as JSON: a figure of up
 * to 12 characters beside an accounting format of up to 16 (`#,##0.00;(#,##0.00)`), with quotes and
 * commas. Plain figures in "General" measure about 19 in the simulated host.
 */
export const CELL_RESPONSE_BYTES = 32;
/** A tall window read in part keeps this many columns (A:AZ from its first column). */
export const PART_COLUMNS = 52;
/** Text this many blank rows or columns apart is one statement's (as blocks.ts joins spacers). */
export const TEXT_GAP = 3;
/**
 * Rows read above a cluster of text: a header row of figures (2020, 2021 typed as numbers) over the
 * labels, and enough more that a block of figures above, cut by the window, still reads as long
 * (over blocks.ts' 8 rows of title and 3 of spacer) and is not taken for the statement's title.
 */
export const ROWS_ABOVE = 12;
/** Columns read right of a cluster of text: periods typed as numbers or dates beside the labels. */
export const COLUMNS_RIGHT = 64;

export interface SheetTextAreas {
  /** The sheet's used range (values only). */
  used: CellRange;
  /** Its text cells (constants and formulas), as Excel's areas; null when not known (read it all). */
  text: readonly CellRange[] | null;
  /** Its Excel tables: each read whole, in one window. */
  tables?: readonly CellRange[];
}

export interface SheetRead {
  used: CellRange;
  /** The rectangles to read, in reading order, none overlapping. */
  reads: CellRange[];
  /** The whole used range is read. */
  whole: boolean;
  /** Every window around the sheet's text is read in full: nothing that can be a statement is left. */
  complete: boolean;
}

const cells = (r: CellRange) => r.rowCount * r.colCount;
const total = (rs: readonly CellRange[]) => rs.reduce((n, r) => n + cells(r), 0);

/** The smallest rectangle holding both. */
function span(a: CellRange, b: CellRange): CellRange {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    sheet: a.sheet,
    row,
    col,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    colCount: Math.max(a.col + a.colCount, b.col + b.colCount) - col,
  };
}

/** Blank rows and columns between two rectangles (negative when they overlap). */
function gaps(a: CellRange, b: CellRange): [number, number] {
  const rows = Math.max(b.row - (a.row + a.rowCount), a.row - (b.row + b.rowCount));
  const cols = Math.max(b.col - (a.col + a.colCount), a.col - (b.col + b.colCount));
  return [rows, cols];
}

/** Joins rectangles no more than `gap` rows and columns apart, until none are. */
function cluster(rects: readonly CellRange[], gap: number): CellRange[] {
  const sorted = [...rects].sort((a, b) => a.row - b.row || a.col - b.col);
  let done: CellRange[] = [];
  let open: CellRange[] = []; // clusters that a later rectangle (by top row) can still reach
  for (const rect of sorted) {
    const reachable = (c: CellRange) => c.row + c.rowCount + gap >= rect.row;
    done = done.concat(open.filter((c) => !reachable(c)));
    open = open.filter(reachable);
    let joined = rect;
    const rest: CellRange[] = [];
    for (const c of open) {
      const [rows, cols] = gaps(c, joined);
      if (rows <= gap && cols <= gap) joined = span(c, joined);
      else rest.push(c);
    }
    open = [...rest, joined];
  }
  const all = done.concat(open);
  // A join can bring clusters found earlier within reach of each other: repeat until stable.
  return all.length === rects.length ? all : cluster(all, gap);
}

function clip(r: CellRange, to: CellRange): CellRange {
  const row = Math.max(r.row, to.row);
  const col = Math.max(r.col, to.col);
  return {
    sheet: r.sheet,
    row,
    col,
    rowCount: Math.min(r.row + r.rowCount, to.row + to.rowCount) - row,
    colCount: Math.min(r.col + r.colCount, to.col + to.colCount) - col,
  };
}

/**
 * The rectangles around a sheet's text that can hold its statements: each cluster of text with
 * the rows above it and the columns to its right, within the used range; tables whole; windows
 * that overlap joined. All of the used range when the text is not known.
 */
export function textWindows(sheet: SheetTextAreas): CellRange[] {
  const { used } = sheet;
  if (sheet.text === null) return [used];
  const windows = cluster(sheet.text, TEXT_GAP).map((c) =>
    clip(
      {
        ...c,
        row: c.row - ROWS_ABOVE,
        rowCount: c.rowCount + ROWS_ABOVE,
        colCount: c.colCount + COLUMNS_RIGHT,
      },
      used
    )
  );
  const joined = cluster([...windows, ...(sheet.tables ?? [])], -1);
  return joined.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The top-left corner of `range` within `share` cells: a short wide range keeps every row. */
function corner(range: CellRange, share: number): CellRange {
  const first = Math.min(range.colCount, PART_COLUMNS);
  const fitting =
    range.rowCount * first <= share
      ? Math.min(range.colCount, Math.floor(share / range.rowCount))
      : first;
  const colCount = Math.max(1, Math.min(fitting, share));
  const rowCount = Math.max(1, Math.min(range.rowCount, Math.floor(share / colCount)));
  return { ...range, rowCount, colCount };
}

/** The windows that fit `share` cells, in order; the first that doesn't, cut to its corner. */
function within(windows: readonly CellRange[], share: number): CellRange[] {
  const reads: CellRange[] = [];
  let left = share;
  for (const w of windows) {
    if (cells(w) <= left) {
      reads.push(w);
      left -= cells(w);
      continue;
    }
    if (left > 0 && (reads.length === 0 || left >= Math.min(w.colCount, PART_COLUMNS)))
      reads.push(corner(w, left));
    break;
  }
  return reads;
}

/** What to read of each sheet, in the given order, within `budgetCells` in total. */
export function planSheetReads(
  sheets: readonly SheetTextAreas[],
  budgetCells: number
): SheetRead[] {
  const windows = sheets.map((s) => {
    const w = textWindows(s);
    // Windows as large as the sheet: read it whole.
    return total(w) >= cells(s.used) ? [s.used] : w;
  });
  const need = windows.map(total);
  const order = sheets.map((_, i) => i).sort((a, b) => need[a] - need[b]);
  const plans: SheetRead[] = new Array<SheetRead>(sheets.length);
  let left = budgetCells;
  order.forEach((index, position) => {
    const share = Math.floor(left / (order.length - position));
    const reads = need[index] <= share ? windows[index] : within(windows[index], share);
    const used = sheets[index].used;
    const whole = reads.length === 1 && cells(reads[0]) === cells(used);
    plans[index] = { used, reads, whole, complete: whole || need[index] <= share };
    left -= total(reads);
  });
  // What is left reads sheets whole, smallest first: a sheet read whole says all it has.
  [...order]
    .sort((a, b) => cells(sheets[a].used) - cells(sheets[b].used))
    .forEach((index) => {
      const plan = plans[index];
      const more = cells(plan.used) - total(plan.reads);
      if (plan.whole || more > left) return;
      plans[index] = { used: plan.used, reads: [plan.used], whole: true, complete: true };
      left -= more;
    });
  return plans;
}
