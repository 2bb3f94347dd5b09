/*
 * The analysis block as it will be written: where it goes (one blank row below the statement, or
 * one blank column beside it when periods run down; the next free area when that is taken; or a
 * new sheet), and every cell: labels as text, figures as FIN formulas on the statement's cells.
 */
import { computeRecipe, fill, metricLabels, render, type WriteMode } from "../catalogue";
import { failed, succeeded, type AnalysisReason, type Outcome as Result } from "../failure";
import type { Outcome } from "../metrics";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  asText,
  formatCellAddress,
  formatRangeAddress,
  quoteSheetName,
} from "../references";
import type { LineItem, Statement } from "../statements";
import { answerQuestions, type Answers } from "./answers";
import { analysisChoices, type AnalysisOptions } from "./choices";
import { metricRows, type MetricRow, type Refs } from "./metricRows";
import { sourceNotes } from "./sourceNotes";

/** A rectangle of a sheet, 0-based. */
export interface SheetArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** Where the statement was read from: the selected cells it fills. */
export interface StatementSource extends SheetArea {
  sheet: string;
}

export type PlacementChoice = "beside" | "newSheet";

export interface PlanRequest {
  statement: Statement;
  source: StatementSource;
  options: AnalysisOptions;
  placement: PlacementChoice;
  /** The source sheet's used range (cells with values or formulas) as it is now; null when empty. */
  usedRange: SheetArea | null;
  /** The name of the sheet to add, when `placement` is "newSheet". */
  newSheetName?: string;
  /** FIN formulas (default), plain Excel formulas, or values computed now. */
  mode?: WriteMode;
  /** The source area's cells as Office.js reads them (`values`), for a snapshot. */
  sourceValues?: unknown[][];
  /** When the snapshot is taken, as the note shows it. */
  takenAt?: string;
  /** The analyst's answers to the reader's questions (which line holds a meaning). */
  answers?: Answers;
  /** Update: the block's top-left on the source sheet (where an earlier block is), instead of a place FIN chooses. */
  at?: { sheet: string; row: number; column: number };
}

/** openQuestion: two lines could hold one meaning and no one has chosen: nothing is written. */
export type PlanFailure = Exclude<AnalysisReason, "statementChanged">;

export interface AnalysisPlan {
  sheet: string;
  newSheet: boolean;
  /** beside: where FIN puts it by default; nextFree: that area held something, so past the used range; at: where asked. */
  where: "beside" | "nextFree" | "newSheet" | "at";
  area: SheetArea;
  /** `sheet!A12:D28`, for the analyst. */
  address: string;
  /** What to write through `range.formulas`: formulas, numbers, text escaped with a leading apostrophe, null for nothing. */
  formulas: (string | number | null)[][];
  numberFormats: (string | null)[][];
  /** Bold: the period header (and, periods down, the row of metric labels). */
  bold: SheetArea[];
  /** A thin rule under it. */
  rule: SheetArea;
  /** Columns to autofit: the block, with the statement when they share columns. */
  fit: SheetArea;
  rows: MetricRow[];
}

export type PlanResult = Result<AnalysisPlan, PlanFailure>;

export function intersects(a: SheetArea, b: SheetArea): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function onGrid(a: SheetArea): boolean {
  return (
    a.row >= 0 &&
    a.column >= 0 &&
    a.row + a.rowCount <= MAX_ROWS &&
    a.column + a.columnCount <= MAX_COLUMNS
  );
}

function boundingArea(a: SheetArea, b: SheetArea): SheetArea {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    columnCount: Math.max(a.column + a.columnCount, b.column + b.columnCount) - column,
  };
}

/**
 * The block's own layout, wherever it goes. Periods across: a header row of period labels in the
 * statement's period columns, then one row per metric with its label in the label column. Periods
 * down: the same, turned: a column of period labels, then one column per metric.
 */
interface Shape {
  rowCount: number;
  columnCount: number;
  /** Offset of the statement's label row/column, and of each period, along the period axis. */
  labelAt: number;
  periodAt: number[];
  /** Offset of the first column (across) or row (down) of the block from the source's origin. */
  lo: number;
}

function shapeOf(statement: Statement, metricCount: number, noteCount: number): Shape {
  const indices = [statement.labelIndex, ...statement.periods.map((p) => p.index)];
  const lo = Math.min(...indices);
  const span = Math.max(...indices) - lo + 1;
  const across = statement.orientation === "across";
  return {
    // Rows under the metrics say which line each came from; the last, how the block was written.
    rowCount: (across ? 2 + metricCount : span + 1) + noteCount,
    columnCount: across ? span : 1 + metricCount,
    labelAt: statement.labelIndex - lo,
    periodAt: statement.periods.map((p) => p.index - lo),
    lo,
  };
}

/** Below the statement (across) or right of it (down), one blank row or column away. */
function besideArea(statement: Statement, source: SheetArea, shape: Shape): SheetArea {
  const size = { rowCount: shape.rowCount, columnCount: shape.columnCount };
  return statement.orientation === "across"
    ? { row: source.row + source.rowCount + 1, column: source.column + shape.lo, ...size }
    : { row: source.row + shape.lo, column: source.column + source.columnCount + 1, ...size };
}

/** Past everything on the sheet, in the same columns (across) or rows (down): surely empty. */
function pastUsedArea(statement: Statement, used: SheetArea, beside: SheetArea): SheetArea {
  return statement.orientation === "across"
    ? { ...beside, row: used.row + used.rowCount + 1 }
    : { ...beside, column: used.column + used.columnCount + 1 };
}

export function planAnalysis(request: PlanRequest): PlanResult {
  const { source, options, placement, usedRange } = request;
  const answered = answerQuestions(request.statement, request.answers);
  if (answered.open.length > 0) return failed("openQuestion");
  const statement = answered.statement;
  const mode = request.mode ?? "fin";
  const rows = metricRows(statement, options);
  if (rows.length === 0) return failed("nothingToWrite");
  const notes = sourceNotes(statement, options, analysisChoices(statement), rows);
  const shape = shapeOf(statement, rows.length, notes.length);
  const across = statement.orientation === "across";

  let area: SheetArea;
  let where: AnalysisPlan["where"];
  if (request.at) {
    const { row, column } = request.at;
    area = { row, column, rowCount: shape.rowCount, columnCount: shape.columnCount };
    where = "at";
  } else if (placement === "newSheet") {
    area = { row: 0, column: 0, rowCount: shape.rowCount, columnCount: shape.columnCount };
    where = "newSheet";
  } else {
    area = besideArea(statement, source, shape);
    where = "beside";
    if (usedRange && (intersects(area, usedRange) || !onGrid(area))) {
      area = pastUsedArea(statement, usedRange, area);
      where = "nextFree";
    }
  }
  if (!onGrid(area)) return failed("noRoom");

  const newSheet = placement === "newSheet" && !request.at;
  const sheet = request.at?.sheet ?? (newSheet ? (request.newSheetName ?? "FIN") : source.sheet);
  // On another sheet than the statement, every reference names the statement's sheet.
  const prefix = sheet === source.sheet ? "" : `${quoteSheetName(source.sheet)}!`;
  const period = (p: number) => statement.periods[p].index;
  const at = (line: LineItem, p: number) =>
    across
      ? formatCellAddress(source.row + line.index, source.column + period(p))
      : formatCellAddress(source.row + period(p), source.column + line.index);
  const blockCell = (metric: number, p: number) =>
    across
      ? formatCellAddress(area.row + 1 + metric, area.column + shape.periodAt[p])
      : formatCellAddress(area.row + shape.periodAt[p], area.column + 1 + metric);
  const raw = (line: LineItem, p: number): unknown => {
    const [r, c] = across ? [line.index, period(p)] : [period(p), line.index];
    return request.sourceValues?.[r]?.[c];
  };
  // Computed values of the block's own cells, for the rows that read them (pp change).
  const computed: Outcome[][] = rows.map(() => []);
  const refs: Refs = {
    cell: (line, p) => ({ ref: prefix + at(line, p), raw: raw(line, p) }),
    lines: (first, last, p) => `${prefix}${at(first, p)}:${at(last, p)}`,
    span: (line, from, to) => {
      if (from === to) return prefix + at(line, from);
      const [a, b] = period(from) <= period(to) ? [from, to] : [to, from];
      return `${prefix}${at(line, a)}:${at(line, b)}`;
    },
    own: (metric, p) => ({ ref: blockCell(metric, p), raw: computed[metric][p] ?? null }),
  };

  const formulas: (string | number | null)[][] = Array.from({ length: area.rowCount }, () =>
    new Array<string | number | null>(area.columnCount).fill(null)
  );
  const numberFormats: (string | null)[][] = Array.from({ length: area.rowCount }, () =>
    new Array<string | null>(area.columnCount).fill(null)
  );
  // (along, across): along the period axis, then the metric axis (0 = header).
  const put = (
    periodOffset: number,
    metricOffset: number,
    text: string | number,
    format?: string
  ) => {
    const [r, c] = across ? [metricOffset, periodOffset] : [periodOffset, metricOffset];
    formulas[r][c] = text;
    if (format) numberFormats[r][c] = format;
  };

  const labels = metricLabels(statement.language);
  put(shape.labelAt, 0, asText(labels.corner));
  statement.periods.forEach((p, i) => put(shape.periodAt[i], 0, asText(p.label)));
  rows.forEach((row, m) => {
    put(shape.labelAt, 1 + m, asText(row.label));
    row.cells.forEach((recipeAt, p) => {
      if (!recipeAt) return;
      const recipe = recipeAt(refs);
      if (mode === "values") computed[m][p] = computeRecipe(recipe);
      put(shape.periodAt[p], 1 + m, render(recipe, mode), row.format);
    });
  });
  const note =
    mode === "values"
      ? fill(labels.writtenAs.values, {
          source: areaAddress(source.sheet, source),
          time: request.takenAt ?? "",
        })
      : labels.writtenAs[mode];
  formulas[area.rowCount - 1][across ? shape.labelAt : 0] = asText(note);
  // Where a statement line sits: its sheet row (periods across) or column letter (down).
  const lineAt = (line: LineItem) =>
    across
      ? String(source.row + line.index + 1)
      : formatCellAddress(0, source.column + line.index).replace(/\d+$/, "");
  notes.forEach((text, k) => {
    formulas[area.rowCount - 1 - notes.length + k][across ? shape.labelAt : 0] = asText(
      text(lineAt)
    );
  });

  const headerRow = across
    ? { row: area.row, column: area.column, rowCount: 1, columnCount: area.columnCount }
    : {
        row: area.row + shape.labelAt,
        column: area.column,
        rowCount: 1,
        columnCount: area.columnCount,
      };
  const bold = across
    ? [headerRow]
    : [
        headerRow,
        {
          row: area.row,
          column: area.column,
          rowCount: area.rowCount - 1 - notes.length,
          columnCount: 1,
        },
      ];
  const fit = across && sheet === source.sheet ? boundingArea(area, source) : area;

  return succeeded({
    sheet,
    newSheet,
    where,
    area,
    address: areaAddress(sheet, area),
    formulas,
    numberFormats,
    bold,
    rule: headerRow,
    fit,
    rows,
  });
}

/** `Sheet1!A12:D28` (quoted where Excel quotes). */
export function areaAddress(sheet: string, area: SheetArea): string {
  const { row, column: col, rowCount, columnCount: colCount } = area;
  return `${quoteSheetName(sheet)}!${formatRangeAddress({ row, col, rowCount, colCount })}`;
}
