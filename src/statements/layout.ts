/**
 * Where a statement sits in a grid: which way the periods run, the header of periods, and the label column.
 * Periods down is read by turning the grid, so every index is "along the period axis" or "along the line axis".
 */
import { isBlank, isLabelText, readCell } from "./cells";
import { hasCjk } from "./text";
import {
  isDateFormat,
  parseDateSerial,
  parsePeriod,
  qualifyYear,
  resolveDateSeries,
  type Period,
} from "./periods";

export type Orientation = "across" | "down";

export interface PlacedPeriod {
  /** Column of the header cell when across, its row when down. */
  index: number;
  period: Period;
}

export interface Layout {
  orientation: Orientation;
  /** The grid turned so that periods run across: rows are lines, columns are periods. */
  grid: unknown[][];
  header: number;
  label: number;
  periods: PlacedPeriod[];
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

function detect(
  grid: unknown[][],
  formats: unknown[][] | undefined,
  orientation: Orientation
): Layout | LayoutFailure {
  const rows = grid.map((row, r) => headerPeriods(row, formats?.[r]));
  // The header is the row with the most periods; the topmost of equals, since titles sit above figures.
  const top = rows.reduce((best, periods, r) => (periods.length > rows[best].length ? r : best), 0);
  if (rows.length === 0 || rows[top].length === 0) return "noPeriods";
  const split = quartersUnderYears(grid[top + 1] ?? [], rows[top]);
  const header = split.length > 0 ? top + 1 : top;
  const found = split.length > 0 ? split : rows[top];
  const label = labelColumn(grid, header, found[0].index);
  if (label < 0) return "noLabels";
  const qualified = qualify(grid, header, label, found);
  const resolved = resolveDateSeries(qualified.map((p) => p.period));
  const periods = qualified.map((p, i) => ({ index: p.index, period: resolved[i] }));
  return { orientation, grid, header, label, periods };
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

/** Bare years under a spanning "Three Months Ended March 31," header become the periods that header names. */
function qualify(
  grid: unknown[][],
  header: number,
  label: number,
  periods: PlacedPeriod[]
): PlacedPeriod[] {
  if (header === 0 || !periods.every((p) => /^\d{4}$/.test(p.period.label))) return periods;
  const above = grid[header - 1];
  return periods.map((p) => {
    let c = p.index;
    while (c > label + 1 && isBlank(above[c])) c--;
    const spanning = above[c];
    const qualified = typeof spanning === "string" ? qualifyYear(spanning, p.period) : null;
    return qualified ? { index: p.index, period: qualified } : p;
  });
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
