/** Reads a selected range (values, optionally number formats) as an income statement. */
import { failed, succeeded, type Outcome, type ReadReason } from "../failure";
import { cellText, isBlank, readCell } from "./cells";
import { findChecks, type ArithmeticCheck } from "./checks";
import { growthLags, type GrowthLags } from "./growthLags";
import { findLayout, type Layout, type Orientation } from "./layout";
import { isFinOwnLabel, lineKind, type LineKind } from "./lineKinds";
import { labelSaysLoss, matchLineItem, type Meaning } from "./lineItems";
import { lineParents } from "./lineParents";
import { periodSpan, type Period } from "./periods";
import { findQuestions, type Question } from "./questions";
import { hasCjk } from "./text";
import { parseUnit, unitParts, type Currency, type Unit } from "./units";

/** A period of the statement; `index` is its column when periods run across, its row when down. */
export interface StatementPeriod extends Period {
  index: number;
  /** ISO date the period ends on: 2020 → 2020-12-31, Q1 2022 → 2022-03-31, Zoom's FY2023 → 2023-01-31. */
  end: string | null;
  /** 12 a year, 6 a half, 3 a quarter, 9 nine months, n months year to date. */
  monthsLong: number | null;
  /** The column's currency: its own header (RMB | US$), else the table's unit, else a printed "$". */
  currency: Currency | null;
  /** What one written unit is worth in this column (1e3 for thousands); null when nothing says. */
  scale: number | null;
}

/** A convenience-translation column (the US$ column of an F-1): the period at `of` again, in another currency. */
export interface Translation {
  index: number;
  currency: Currency | null;
  /** Position in `statement.periods`. */
  of: number;
}

/** A rectangle of the selection to skip (a block FIN wrote earlier), in the selection's own rows and columns. */
export interface CellRect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadOptions {
  exclude?: readonly CellRect[];
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
  /** Position in `statement.lines` of the line this is a "其中 / of which" sub-item of: never summed beside it. */
  parent: number | null;
  /** Only amounts get growth and ratios; per-share figures, share counts and percentages do not. */
  kind: LineKind;
  /** The label's own unit ("Net loss (RMB'000)"), overriding the table's; null when the label states none. */
  scale: number | null;
  currency: Currency | null;
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
  /** Consecutive-column lags, kept for callers that predate priorPeriod (use priorPeriod for pairing). */
  growth: GrowthLags;
  /** Convenience-translation columns: not periods. */
  translations: Translation[];
  /** Meanings held by more than one line, for the analyst to settle. */
  questions: Question[];
  /** Totals that disagree with their parts beyond the statement's rounding. */
  checks: ArithmeticCheck[];
}

/** The statement, or why the cells hold none (a key of the pane's `failures` strings). */
export type ReadResult = Outcome<Statement, ReadReason>;

export function readStatement(
  values: unknown[][],
  numberFormats?: string[][],
  options: ReadOptions = {}
): ReadResult {
  const grid = withoutExcluded(rectangular(values), options.exclude ?? []);
  if (grid.every((row) => row.every(isBlank))) return failed("empty");
  if (grid.length === 1 && grid[0].length === 1) return failed("singleCell");
  if (!grid.some((row) => row.some((cell) => readCell(cell) !== null))) return failed("noNumbers");
  const layout = findLayout(grid, numberFormats);
  if (typeof layout === "string") return failed(layout);
  const { lines, headings, decimals: decimalsOf } = readLines(layout);
  if (!lines.some((line) => line.values.some((v) => v !== null))) return failed("noNumbers");
  const unit = findUnit(layout, lines[0].index);
  const periods = layout.periods.map(({ index, period }, i) => ({
    ...period,
    index,
    ...periodSpan(period),
    currency:
      layout.units[i].currency ?? unit?.currency ?? (layout.dollarSigns ? ("USD" as const) : null),
    scale: layout.units[i].scale ?? unit?.scale ?? null,
  }));
  const chinese = lines.filter((line) => hasCjk(line.label)).length;
  const questions = findQuestions(lines);
  const captions = headings.map((h) => h.index);
  const holder = (meaning: Meaning): number | null => {
    const asked = questions.find((q) => q.meaning === meaning);
    if (asked) return asked.chosen;
    const held = lines.findIndex((l) => l.meaning === meaning && l.kind === "amount");
    return held < 0 ? null : held;
  };
  return succeeded({
    orientation: layout.orientation,
    headerIndex: layout.header,
    labelIndex: layout.label,
    periods,
    lines,
    headings,
    unit,
    language: chinese * 2 > lines.length ? "zh" : "en",
    growth: growthLags(periods),
    translations: layout.translations.map(({ index, currency, of }) => ({ index, currency, of })),
    questions,
    checks: findChecks(
      lines.map((line, i) => ({ ...line, decimals: decimalsOf[i] ?? 0 })),
      captions,
      holder
    ),
  });
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

/** Office.js gives rectangles, but a caller's array may be ragged: missing cells are blank. */
function rectangular(values: unknown[][]): unknown[][] {
  const rows = Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? row : [])) : [];
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

/** The selection with FIN's own blocks blanked out. */
function withoutExcluded(grid: unknown[][], exclude: readonly CellRect[]): unknown[][] {
  if (exclude.length === 0) return grid;
  return grid.map((row, r) =>
    row.map((cell, c) =>
      exclude.some(
        (x) => r >= x.row && r < x.row + x.rowCount && c >= x.column && c < x.column + x.columnCount
      )
        ? ""
        : cell
    )
  );
}

// A unit at the end of a label: "Net loss (RMB'000)", "营业收入（人民币万元）", "Revenue (US$ mn)".
const LABEL_UNIT = /\s*[(（]([^()（）]+)[)）]\s*$/;
const COMPREHENSIVE = /comprehensive|綜合|综合/i;
const REVENUE_CAPTION =
  /^(?:total |net )?revenues?(?: by [a-z ]+)?\s*[:：]?$|^(?:营业|營業)?收入(?:构成|明细)?\s*[:：]?$|^收益\s*[:：]?$/i;

function readLines({ grid, body, label, periods }: Layout): {
  lines: LineItem[];
  headings: Heading[];
  decimals: number[];
} {
  const lines: LineItem[] = [];
  const headings: Heading[] = [];
  const decimals: number[] = [];
  for (let index = body; index < grid.length; index++) {
    const row = grid[index];
    const text = cellText(row[label]);
    if (text !== "" && isFinOwnLabel(text)) continue;
    const cells = periods.map((p) => row[p.index]);
    const values = cells.map(readCell);
    // A label whose period cells are all empty is a heading; one with "-" or "N/A" is a line of unknowns.
    if (values.every((v) => v === null) && (text === "" || cells.every(isBlank))) {
      if (text !== "") headings.push({ label: text, index });
      continue;
    }
    const caption = headings.length > 0 ? headings[headings.length - 1].label : null;
    const unitText = LABEL_UNIT.exec(text);
    const unit = unitText ? unitParts(unitText[1]) : null;
    const named = unit && unitText ? text.slice(0, unitText.index) : text;
    const kind = lineKind(text, caption);
    let { meaning, matched } = matchLineItem(named);
    // Per-share figures, share counts and percentages carry no meaning; nor does comprehensive income's split.
    const comprehensive =
      meaning === "netIncomeAttributable" && caption !== null && COMPREHENSIVE.test(caption);
    if (kind !== "amount" || comprehensive) [meaning, matched] = [null, null];
    // Under a "Revenues:" caption, unnamed lines before the total are its segments (Subscription, Advertising).
    const underRevenue = caption !== null && REVENUE_CAPTION.test(caption);
    const totalSeen =
      underRevenue &&
      lines.some((l) => l.meaning === "revenue" && l.index > headings[headings.length - 1].index);
    if (meaning === null && kind === "amount" && underRevenue && !totalSeen)
      [meaning, matched] = ["revenueSegment", caption];
    const positives = values.filter((v) => v !== null && v > 0).length;
    const negatives = values.filter((v) => v !== null && v < 0).length;
    const reportedAsLoss = labelSaysLoss(named) && positives > negatives;
    lines.push({
      label: text,
      index,
      meaning,
      matched,
      reportedAsLoss,
      values,
      parent: null,
      kind,
      scale: unit?.scale ?? null,
      currency: unit?.currency ?? null,
    });
    decimals.push(Math.max(0, ...cells.map(printedDecimals)));
  }
  const parents = lineParents(
    lines,
    headings.map((h) => h.index)
  );
  lines.forEach((line, i) => (line.parent = parents[i]));
  return { lines, headings, decimals };
}

/** Decimals as printed: "8,200.0" has one, 40.5 has one. */
function printedDecimals(cell: unknown): number {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : "";
  const m = /\.(\d+)/.exec(text);
  return m ? Math.min(m[1].length, 6) : 0;
}

/** The first unit named in the title rows, the header, or left of the labels, in the sheet's reading order. */
function findUnit({ grid, body, label, orientation }: Layout, firstLine: number): Unit | null {
  const candidates: { text: string; row: number; column: number }[] = [];
  grid.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      // Above the header, in it, left of the labels, or a caption line before the first line ("(in millions)").
      if ((r < body || c < label || (r < firstLine && c === label)) && typeof cell === "string")
        candidates.push({ text: cell, ...cellAt(orientation, r, c) });
    })
  );
  candidates.sort((a, b) => a.row - b.row || a.column - b.column);
  // "(in thousands)" says more than a currency row's "RMB": a unit with a scale wins over a lone currency.
  const units = candidates.map(({ text }) => parseUnit(text)).filter((u): u is Unit => u !== null);
  const scaled = units.find((u) => unitParts(u.label)?.scale !== null);
  return scaled ?? units[0] ?? null;
}
