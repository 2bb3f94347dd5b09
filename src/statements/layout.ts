/**
 * Where a statement sits in a grid: which way the periods run, the header of periods, and the label column.
 * Periods down is read by turning the grid, so every index is "along the period axis" or "along the line axis".
 */
import { cellText, isBlank, isLabelText, readCell } from "./cells";
import { hasCjk, simplify } from "./text";
import {
  isDateFormat,
  parseDateSerial,
  parsePeriod,
  periodSpan,
  qualifyYear,
  resolveDateSeries,
  type Period,
} from "./periods";
import { unitParts, type Currency } from "./units";

export type Orientation = "across" | "down";

export interface PlacedPeriod {
  /** Column of the header cell when across, its row when down. */
  index: number;
  period: Period;
}

/** What a column's own header cells say of its money: RMB, US$, RMB'000 (scale null: the table's holds). */
export interface ColumnUnit {
  currency: Currency | null;
  scale: number | null;
}

/** A column repeating a period in another currency (the US$ column of an F-1): not a period. */
export interface PlacedTranslation {
  index: number;
  currency: Currency | null;
  /** Position in `periods` of the period it translates. */
  of: number;
}

export interface Layout {
  orientation: Orientation;
  /** The grid turned so that periods run across: rows are lines, columns are periods. */
  grid: unknown[][];
  header: number;
  /** First row after the header and the rows under it (currency row, 金额 | 占比): where lines may start. */
  body: number;
  label: number;
  periods: PlacedPeriod[];
  /** One per period, in the same order. */
  units: ColumnUnit[];
  translations: PlacedTranslation[];
  /** A "$" printed before the figures: the statement is in US dollars even if its unit line says only "in thousands". */
  dollarSigns: boolean;
}

export type LayoutFailure = "noPeriods" | "noLabels";

/** Tries both orientations; the one with more periods, then more lines of figures, wins (ties: across). */
export function findLayout(grid: unknown[][], formats?: string[][]): Layout | LayoutFailure {
  const across = detect(grid, formats, "across");
  const down = detect(transpose(grid), formats && transpose(formats), "down");
  const found = [across, down].filter((layout): layout is Layout => typeof layout !== "string");
  if (found.length === 0)
    return across === "noLabels" || down === "noLabels" ? "noLabels" : "noPeriods";
  const score = (layout: Layout) => layout.periods.length * 1e6 + linesWithFigures(layout);
  return found.reduce((best, layout) => (score(layout) > score(best) ? layout : best));
}

export function transpose<T>(grid: T[][]): (T | "")[][] {
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c] ?? ""));
}

// Headers sit near the top: searching further only slows the reading of a long statement.
const HEADER_SEARCH = 20;
// Rows under the header that hold only text in the period columns (currency row, 金额 | 占比, "(unaudited)").
const MAX_SUBHEADER_ROWS = 3;

function detect(
  grid: unknown[][],
  formats: unknown[][] | undefined,
  orientation: Orientation
): Layout | LayoutFailure {
  const top20 = grid.slice(0, HEADER_SEARCH);
  const captionRows = top20.map(hasCaption);
  const rows = top20.map((row, r) =>
    qualifyByCaptions(grid, r, headerPeriods(row, formats?.[r]), captionRows)
  );
  // The header is the row with the most periods; the topmost of equals, since titles sit above figures.
  const top = rows.reduce((best, periods, r) => (periods.length > rows[best].length ? r : best), 0);
  if (rows.length === 0 || rows[top].length === 0) return "noPeriods";
  const split = quartersUnderYears(grid[top + 1] ?? [], rows[top]);
  const header = split.length > 0 ? top + 1 : top;
  const found = split.length > 0 ? split : rows[top];
  const label = labelColumn(grid, header, found[0].index);
  if (label < 0) return "noLabels";
  const body = bodyStart(grid, header, found);
  const placed = found
    .filter((p) => !isShareOrGrowthColumn(grid, header, body, p.index))
    .map((p) => ({ ...p, index: figureColumn(grid, body, p.index, found) }));
  const resolved = resolveDateSeries(placed.map((p) => p.period));
  const columns = placed.map((p, i) => ({
    index: p.index,
    period: resolved[i],
    unit: columnUnit(grid, header, body, p.index),
  }));
  const { periods, translations } = splitTranslations(columns);
  return {
    orientation,
    grid,
    header,
    body,
    label,
    periods: periods.map(({ index, period }) => ({ index, period })),
    units: periods.map((p) => p.unit),
    translations,
    dollarSigns: hasDollarSigns(grid, body, found),
  };
}

/** The first row of lines: rows right under the header holding only text in the period columns belong to it. */
function bodyStart(grid: unknown[][], header: number, periods: PlacedPeriod[]): number {
  let row = header + 1;
  while (row < grid.length && row <= header + MAX_SUBHEADER_ROWS) {
    const texts = periods.map((p) => grid[row][p.index]).filter((cell) => !isBlank(cell));
    // A line's figures may sit right of a "$" under the year: any figure in the row makes it a line.
    if (texts.length === 0 || grid[row].some((cell) => readCell(cell) !== null)) break;
    row++;
  }
  return row;
}

const SHARE = /占比|比例|比重|%|percent|\bof (?:total )?(?:net )?(?:revenues?|sales)\b/i;
const GROWTH = /同比|环比|增减|变动|增长|\byoy\b|\by\/y\b|\bqoq\b|\bchange\b|\bgrowth\b/i;

/** A column of shares of revenue (占比, % of revenue) or of growth (同比, YoY %) under a period: not a period. */
function isShareOrGrowthColumn(
  grid: unknown[][],
  header: number,
  body: number,
  column: number
): boolean {
  for (let row = header; row < body; row++) {
    const text = cellText(grid[row][column]);
    // "(in thousands, except for percentages)" under the first year is the unit line, not a share column.
    if (row > header && unitParts(text) !== null) continue;
    if (row > header && (SHARE.test(text) || GROWTH.test(text))) return true;
    if (row === header && /占比|同比|%/.test(text)) return true;
  }
  return false;
}

const SIGN_ONLY = /^(?:\$|US\$|HK\$|RMB|¥|￥)$/;
const FIGURE_PROBE_ROWS = 30;

/** A year printed over a "$" column belongs to the figures on its right (US filings put "$" in a column of its own). */
function figureColumn(
  grid: unknown[][],
  body: number,
  column: number,
  periods: PlacedPeriod[]
): number {
  const next = column + 1;
  if (periods.some((p) => p.index === next)) return column;
  let signs = 0;
  let figuresRight = 0;
  for (let row = body; row < Math.min(grid.length, body + FIGURE_PROBE_ROWS); row++) {
    const here = grid[row][column];
    if (readCell(here) !== null) return column;
    if (typeof here === "string" && SIGN_ONLY.test(here.trim())) signs++;
    if (readCell(grid[row][next]) !== null) figuresRight++;
  }
  return signs > 0 && figuresRight > 0 ? next : column;
}

function hasDollarSigns(grid: unknown[][], body: number, periods: PlacedPeriod[]): boolean {
  const first = periods[0].index;
  for (let row = body; row < Math.min(grid.length, body + FIGURE_PROBE_ROWS); row++) {
    for (let c = Math.max(0, first - 1); c < grid[row].length; c++) {
      const cell = grid[row][c];
      if (typeof cell === "string" && /^\s*(?:US)?\$/.test(cell)) return true;
    }
  }
  return false;
}

/** The currency and scale a column's own header cells state (RMB | US$ under the years, RMB'000). */
function columnUnit(grid: unknown[][], header: number, body: number, column: number): ColumnUnit {
  for (let row = Math.max(0, header - 3); row < body; row++) {
    const text = cellText(grid[row][column]);
    const unit = text === "" || parsePeriod(text) ? null : unitParts(text);
    if (unit) return unit;
  }
  return { currency: null, scale: null };
}

/** A column repeating an earlier column's period in another currency is its convenience translation. */
function splitTranslations(columns: { index: number; period: Period; unit: ColumnUnit }[]): {
  periods: { index: number; period: Period; unit: ColumnUnit }[];
  translations: PlacedTranslation[];
} {
  const periods: typeof columns = [];
  const translations: PlacedTranslation[] = [];
  const key = (p: Period) => {
    const { end, monthsLong } = periodSpan(p);
    return `${p.kind}|${end}|${monthsLong}|${p.trailing ? "t" : ""}`;
  };
  for (const column of columns) {
    const same = periods.findIndex(
      (p) =>
        key(p.period) === key(column.period) &&
        column.unit.currency !== null &&
        p.unit.currency !== column.unit.currency
    );
    if (same >= 0)
      translations.push({ index: column.index, currency: column.unit.currency, of: same });
    else periods.push(column);
  }
  return { periods, translations };
}

/**
 * The periods in one row. Text and date-formatted cells are periods by themselves; a bare number (2018, or a
 * date serial such as 44651) only in a row that holds no other figure, and a serial only beside another period.
 */
function headerPeriods(row: unknown[], formats: unknown[] | undefined): PlacedPeriod[] {
  const found: PlacedPeriod[] = [];
  const bare: PlacedPeriod[] = [];
  let otherFigures = 0;
  row.forEach((cell, index) => {
    const format = formats?.[index];
    if (typeof cell === "string") {
      const period = parsePeriod(cell);
      if (period) found.push({ index, period });
      else if (readCell(cell) !== null) otherFigures++;
    } else if (typeof cell === "number" && typeof format === "string" && isDateFormat(format)) {
      const period = parsePeriod(cell, format);
      if (period) found.push({ index, period });
      else otherFigures++;
    } else if (typeof cell === "number") {
      const period = parsePeriod(cell) ?? parseDateSerial(cell);
      if (period) bare.push({ index, period });
      else otherFigures++;
    }
  });
  const serials = bare.filter((p) => p.period.date !== undefined).length;
  const bareCount = otherFigures === 0 && (serials === 0 || found.length + bare.length >= 2);
  return (bareCount ? [...found, ...bare] : found).sort((a, b) => a.index - b.index);
}

/** The column left of the periods with the most label-like cells below the header; -1 if none. */
function labelColumn(grid: unknown[][], header: number, firstPeriod: number): number {
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < firstPeriod; c++) {
    const count = grid.slice(header + 1).filter((row) => isLabelText(row[c])).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

const CAPTION_ROWS = 3;

/**
 * Bare years and dates under a spanning caption ("Three Months Ended March 31," over 2022 | 2021; EDGAR's
 * "3 Months Ended" over "Apr. 30, 2022") become the periods the caption names; the nearest caption above wins.
 */
function qualifyByCaptions(
  grid: unknown[][],
  r: number,
  periods: PlacedPeriod[],
  captionRows: readonly boolean[]
): PlacedPeriod[] {
  // Most rows have no caption above them: nothing to qualify, and a long statement stays fast.
  if (!captionRows.slice(Math.max(0, r - CAPTION_ROWS), r).some(Boolean)) return periods;
  const row = grid[r];
  const placed = new Map(periods.map((p) => [p.index, p]));
  const out: PlacedPeriod[] = [];
  row.forEach((cell, index) => {
    const own = placed.get(index);
    const bare = own ? /^\d{4}$/.test(own.period.label) || own.period.date !== undefined : true;
    const text = typeof cell === "number" ? String(cell) : cellText(cell);
    const dateText = !own && typeof cell === "string" && DATE_LIKE.test(text);
    if (text === "" || !bare || (!own && !dateText)) {
      if (own) out.push(own);
      return;
    }
    const qualified = captionPeriod(grid, r, index, text, own?.period);
    if (qualified) out.push({ index, period: qualified });
    else if (own) out.push(own);
  });
  return out;
}

/** Whether a row holds a caption cell ("Three Months Ended", 截至…止年度) that may qualify the row below. */
function hasCaption(row: unknown[]): boolean {
  return row.some(
    (cell) => typeof cell === "string" && CAPTION.test(cell) && readCell(cell) === null
  );
}

// A date a caption can qualify: "Apr. 30, 2022", "30 April 2022", "2022-04-30", "4/30/2022".
const DATE_LIKE = /[a-z]{3}.*\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}/i;
const CAPTION = /ended|ending|months|year|quarter|period|截至|止|个月|個月|年度/i;

function captionPeriod(
  grid: unknown[][],
  r: number,
  column: number,
  text: string,
  own: Period | undefined
): Period | null {
  for (let above = r - 1; above >= Math.max(0, r - CAPTION_ROWS); above--) {
    let c = column;
    while (c > 0 && isBlank(grid[above][c])) c--;
    const caption = c > 0 || column === 0 ? cellText(grid[above][c]) : "";
    if (caption === "" || !CAPTION.test(caption)) continue;
    const period = combine(caption, text, own);
    if (period) return period;
  }
  return null;
}

const CHINESE_CAPTION = /^截至(\d{1,2})月(\d{1,2})日止(?:的)?(.*)$/;

function combine(caption: string, text: string, own: Period | undefined): Period | null {
  if (own && /^\d{4}$/.test(own.label)) {
    const chinese = CHINESE_CAPTION.exec(simplify(caption));
    if (chinese) {
      const period = parsePeriod(`截至${own.year}年${chinese[1]}月${chinese[2]}日止${chinese[3]}`);
      if (period) return { ...period, label: `${caption.trim()} ${own.label}` };
    }
    return qualifyYear(caption, own);
  }
  const period = parsePeriod(`${caption.trim().replace(/,$/, "")} ${text}`);
  return period && { ...period, label: `${caption.trim()} ${text}` };
}

const PART_OF_YEAR = /^(?:q[1-4]|[1-4]q|h[12]|[12]h|fy|第?[一二三四]季度?|上半年|下半年|全年)$/i;

/** Broker models put Q1…Q4 (or 一季度…, H1, FY) in a row under spanning years: each part takes the year on its left. */
function quartersUnderYears(below: unknown[], years: PlacedPeriod[]): PlacedPeriod[] {
  if (!years.every((p) => p.period.kind === "year")) return [];
  const parts: PlacedPeriod[] = [];
  below.forEach((cell, index) => {
    const part = typeof cell === "string" ? cell.trim() : "";
    const year = [...years].reverse().find((p) => p.index <= index)?.period;
    if (!year || !PART_OF_YEAR.test(part)) return;
    const period = parsePeriod(hasCjk(part) ? `${year.year}年${part}` : `${part} ${year.year}`);
    if (period)
      parts.push({ index, period: { ...period, estimate: period.estimate || year.estimate } });
  });
  return parts.length >= 2 ? parts : [];
}

function linesWithFigures(layout: Layout): number {
  return layout.grid
    .slice(layout.header + 1)
    .filter((row) => layout.periods.some((p) => readCell(row[p.index]) !== null)).length;
}
