/*
 * The workbench's workbook, as the page (grid, sheet tabs, formula bar) and the simulated Office.js
 * host both see it. One implementation (`createWorkbook`) keeps it on HyperFormula.
 * Rows and columns are 0-based here; addresses are Excel's A1 style.
 */
import type { CellRange } from "../../references";

/** A cell's value as Office.js `range.values` reports it: "" when empty, "#DIV/0!" for an error. */
export type CellValue = number | string | boolean;

export interface CellError {
  /** Excel's text for the error: "#DIV/0!", "#VALUE!", "#SPILL!" … */
  code: string;
  /** The message Excel shows on hover, if any. */
  message: string;
}

export interface CellSnapshot {
  value: CellValue;
  /** As Office.js `range.formulas` reports it: the formula, or the value where there is none. */
  formula: CellValue;
  numberFormat: string;
  /** The value as displayed with its number format (Office.js `range.text`). */
  text: string;
  error: CellError | null;
  /** True when the value comes from another cell's spilled array. */
  spilled: boolean;
  format: CellFormat;
}

export interface CellContent {
  value: CellValue;
  error: boolean;
  /** A formula's cell, or a cell of its spilled array. */
  formula: boolean;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  borderBottom?: "thin" | "medium" | "thick";
  borderTop?: "thin" | "medium" | "thick";
  borderLeft?: "thin" | "medium" | "thick";
  borderRight?: "thin" | "medium" | "thick";
  horizontalAlignment?: "Left" | "Center" | "Right" | "General";
}

export type { CellRange };

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  /** The source range, e.g. "'Peer comparison'!A1:D2". */
  source: string;
  seriesBy: "Rows" | "Columns" | "Auto";
  series: Array<{ name: string; values: (number | null)[] }>;
  categories: string[];
  /** The value axis's number format ("General" until set). */
  valueAxisFormat: string;
  /** Where it sits, in grid cells (top-left anchor). */
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ConditionalFormatModel {
  range: string;
  type: string;
  /** Set by the workbench model: identifies the format for later changes. */
  id?: string;
  /** For a ColorScale: Office.js `colorScale.criteria` as last written. */
  criteria?: Record<string, unknown>;
}

export interface SheetModel {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  protected: boolean;
  /** Column widths in CSS pixels (Excel on the web's default is 64). */
  columnWidths: Map<number, number>;
  /** Office.js `worksheet.visibility`; absent means "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface SyncRecord {
  /** How many `context.sync()` round trips were made. */
  count: number;
  /** Bytes of the requests they carried (the JSON of the queued operations). */
  bytes: number;
}

export interface WorkbookModel {
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheet: string): void;
  /** Adds a sheet at the end; throws an Office-style error for a name Excel refuses. */
  addSheet(name: string): void;
  sheet(name: string): SheetModel;

  cell(sheet: string, row: number, col: number): CellSnapshot;
  /** What the cells of a range hold, without text or format (Range.getSpecialCells scans them). */
  contents(range: CellRange): CellContent[][];
  /** The extent of non-empty cells (values, formulas or formats), or null for a blank sheet; `valuesOnly` ignores formats. */
  usedRange(sheet: string, valuesOnly?: boolean): CellRange | null;

  /** Puts what a person typed into a cell: `=…` is a formula, `(26.94)` is −26.94, `2018年` stays text. */
  typeInput(sheet: string, row: number, col: number, input: string): void;
  /** Writes a value as Office.js `range.values` does (a string starting with "=" becomes a formula). */
  writeValue(sheet: string, row: number, col: number, value: unknown): void;
  writeFormula(sheet: string, row: number, col: number, formula: unknown): void;
  setNumberFormat(sheet: string, row: number, col: number, format: string): void;
  setFormat(sheet: string, row: number, col: number, format: Partial<CellFormat>): void;

  /** The active area of the selection. */
  selection(): CellRange;
  /** Every selected area, the active one last: more than one after Ctrl+click. */
  selectionAreas(): CellRange[];
  select(range: CellRange): void;
  /** Selects several areas of one sheet at once, the active one last (Ctrl+click). */
  selectAreas(areas: CellRange[]): void;

  /** Resolves when every custom function's result has arrived (no cell shows #BUSY!). */
  settled(): Promise<void>;

  charts(sheet: string): ChartModel[];
  conditionalFormats(sheet: string): ConditionalFormatModel[];

  /** Called after every change (typing, a sync, a selection), so the page can redraw. */
  subscribe(listener: () => void): () => void;
}
