/** Reads a selected range (values, optionally number formats) as an income statement. */
import { cellText, isBlank, readCell } from "./cells";
import { growthLags, type GrowthLags } from "./growthLags";
import { findLayout, type Layout, type Orientation } from "./layout";
import { labelSaysLoss, matchLineItem, type Meaning } from "./lineItems";
import { failureMessages, type FailureReason } from "./messages";
import type { Period } from "./periods";
import { hasCjk } from "./text";
import { parseUnit, type Unit } from "./units";

/** A period of the statement; `index` is its column when periods run across, its row when down. */
export interface StatementPeriod extends Period {
  index: number;
}

export interface LineItem {
  /** The label as written (trimmed). */
  label: string;
  /** Row of the line when periods run across, its column when down. */
  index: number;
  meaning: Meaning | null;
  /** The synonym that decided the meaning, or null when the line is unclassified. */
  matched: string | null;
  /** The label reports a loss (净亏损, Net loss) and its figures are positive: they are losses. */
  reportedAsLoss: boolean;
  /** One figure per statement period, in the same order; null where the cell is blank or a note. */
  values: (number | null)[];
}

/** A label without figures: a section heading (营业费用：, Operating expenses:) or a footnote. */
export interface Heading {
  label: string;
  index: number;
}

export interface Statement {
  orientation: Orientation;
  /** Row of the period header when across, its column when down. */
  headerIndex: number;
  /** Column of the labels when across, their row when down. */
  labelIndex: number;
  periods: StatementPeriod[];
  lines: LineItem[];
  headings: Heading[];
  unit: Unit | null;
  language: "zh" | "en";
  growth: GrowthLags;
}

export type ReadResult =
  { ok: true; statement: Statement } | { ok: false; reason: FailureReason; message: string };

export function readStatement(values: unknown[][], numberFormats?: string[][]): ReadResult {
  const grid = rectangular(values);
  if (grid.every((row) => row.every(isBlank))) return failure("empty");
  if (grid.length === 1 && grid[0].length === 1) return failure("singleCell");
  if (!grid.some((row) => row.some((cell) => readCell(cell) !== null))) return failure("noNumbers");
  const layout = findLayout(grid, numberFormats);
  if (typeof layout === "string") return failure(layout);
  const { lines, headings } = readLines(layout);
  if (!lines.some((line) => line.values.some((v) => v !== null))) return failure("noNumbers");
  const periods = layout.periods.map(({ index, period }) => ({ ...period, index }));
  const chinese = lines.filter((line) => hasCjk(line.label)).length;
  return {
    ok: true,
    statement: {
      orientation: layout.orientation,
      headerIndex: layout.header,
      labelIndex: layout.label,
      periods,
      lines,
      headings,
      unit: findUnit(layout),
      language: chinese * 2 > lines.length ? "zh" : "en",
      growth: growthLags(periods),
    },
  };
}

/** The sheet cell of a line's figure for a period, from their indices along each axis. */
export function cellAt(
  orientation: Orientation,
  lineIndex: number,
  periodIndex: number
): { row: number; column: number } {
  return orientation === "across"
    ? { row: lineIndex, column: periodIndex }
    : { row: periodIndex, column: lineIndex };
}

function failure(reason: FailureReason): ReadResult {
  return { ok: false, reason, message: failureMessages[reason] };
}

/** Office.js gives rectangles, but a caller's array may be ragged: missing cells are blank. */
function rectangular(values: unknown[][]): unknown[][] {
  const rows = Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? row : [])) : [];
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

function readLines({ grid, header, label, periods }: Layout): {
  lines: LineItem[];
  headings: Heading[];
} {
  const lines: LineItem[] = [];
  const headings: Heading[] = [];
  for (let index = header + 1; index < grid.length; index++) {
    const row = grid[index];
    const text = cellText(row[label]);
    const cells = periods.map((p) => row[p.index]);
    const values = cells.map(readCell);
    // A label whose period cells are all empty is a heading; one with "-" or "N/A" is a line of unknowns.
    if (values.every((v) => v === null) && (text === "" || cells.every(isBlank))) {
      if (text !== "") headings.push({ label: text, index });
      continue;
    }
    const { meaning, matched } = matchLineItem(text);
    const positives = values.filter((v) => v !== null && v > 0).length;
    const negatives = values.filter((v) => v !== null && v < 0).length;
    const reportedAsLoss = labelSaysLoss(text) && positives > negatives;
    lines.push({ label: text, index, meaning, matched, reportedAsLoss, values });
  }
  return { lines, headings };
}

/** The first unit named in the title rows, the header, or left of the labels, in the sheet's reading order. */
function findUnit({ grid, header, label, orientation }: Layout): Unit | null {
  const candidates: { text: string; row: number; column: number }[] = [];
  grid.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if ((r <= header || c < label) && typeof cell === "string")
        candidates.push({ text: cell, ...cellAt(orientation, r, c) });
    })
  );
  candidates.sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { text } of candidates) {
    const unit = parseUnit(text);
    if (unit) return unit;
  }
  return null;
}
