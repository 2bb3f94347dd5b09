/**
 * Which cells listing reads, so that one response stays under Excel on the web's 5 MB cap however
 * many sheets there are: the budget (in cells) is shared out smallest sheet first, each sheet taking
 * its whole used range when it fits its share; a sheet larger than its share is read from the
 * top-left corner of its used range (labels and periods sit there) and named as read in part.
 */
import type { CellRange } from "../references";

/**
 * Estimated response bytes per cell read, its value and its number format as JSON: a figure of up
 * to 12 characters beside an accounting format of up to 16 (`#,##0.00;(#,##0.00)`), with quotes and
 * commas. Plain figures in "General" measure about 19 in the simulated host.
 */
export const CELL_RESPONSE_BYTES = 32;
/** A tall sheet read in part keeps this many columns (A:AZ from its first used column). */
export const PART_COLUMNS = 52;

export interface SheetRead {
  /** The sheet's used range (values only). */
  used: CellRange;
  /** What to read of it: all of `used`, or its top-left corner. */
  read: CellRange;
  whole: boolean;
}

/** The part of each used range to read, in the given order, within `budgetCells` in total. */
export function planSheetReads(used: readonly CellRange[], budgetCells: number): SheetRead[] {
  const cells = (r: CellRange) => r.rowCount * r.colCount;
  const order = used.map((_, i) => i).sort((a, b) => cells(used[a]) - cells(used[b]));
  const plans: SheetRead[] = new Array<SheetRead>(used.length);
  let left = budgetCells;
  order.forEach((index, position) => {
    const range = used[index];
    const share = Math.floor(left / (order.length - position));
    if (cells(range) <= share) {
      plans[index] = { used: range, read: range, whole: true };
      left -= cells(range);
      return;
    }
    // A short wide sheet keeps every row and as many columns as fit; a tall one the first columns.
    const first = Math.min(range.colCount, PART_COLUMNS);
    const fitting =
      range.rowCount * first <= share
        ? Math.min(range.colCount, Math.floor(share / range.rowCount))
        : first;
    const colCount = Math.max(1, Math.min(fitting, share));
    const rowCount = Math.max(1, Math.min(range.rowCount, Math.floor(share / colCount)));
    plans[index] = { used: range, read: { ...range, rowCount, colCount }, whole: false };
    left -= rowCount * colCount;
  });
  return plans;
}
