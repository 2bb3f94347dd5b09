/*
 * What the simulated Office.js host changes beyond the page's `WorkbookModel`: clearing, sheet
 * settings, column widths, charts, conditional formats and tables. `createWorkbook` provides it;
 * the host checks for it so that a stand-in workbook without it still serves the rest.
 */
import type { Platform } from "../engine/engineContext";
import type {
  CellRange,
  ChartModel,
  ConditionalFormatModel,
  SheetModel,
  WorkbookModel,
} from "./types";

export type ClearApplyTo = "All" | "Contents" | "Formats";

export type SheetChange = Partial<
  Pick<SheetModel, "frozenRows" | "frozenColumns" | "protected" | "visibility">
>;

export interface NewChart {
  type: string;
  source: CellRange;
  seriesBy: ChartModel["seriesBy"];
}

export type ChartChange = Partial<
  Pick<ChartModel, "name" | "title" | "top" | "left" | "width" | "height" | "valueAxisFormat">
> & { source?: CellRange; seriesBy?: ChartModel["seriesBy"] };

export interface TableModel {
  name: string;
  sheet: string;
  range: CellRange;
  hasHeaders: boolean;
}

export interface WorkbookEditing {
  /** Office.js `worksheet.name = …`: the same rules as a new sheet's name; formulas follow. */
  renameSheet(sheet: string, name: string): void;
  /** How empty cells reach custom functions: "web" (null) or "desktop" (0). */
  platform(): Platform;
  setPlatform(platform: Platform): void;
  clear(range: CellRange, applyTo?: ClearApplyTo): void;
  updateSheet(sheet: string, change: SheetChange): void;
  /** Width in CSS pixels, as `SheetModel.columnWidths` holds it. */
  setColumnWidth(sheet: string, col: number, width: number): void;
  addChart(sheet: string, chart: NewChart): ChartModel;
  updateChart(sheet: string, id: string, change: ChartChange): void;
  /** Adds at the top priority, as Excel does. */
  addConditionalFormat(range: CellRange, type: string): ConditionalFormatModel;
  updateConditionalFormat(sheet: string, id: string, criteria: Record<string, unknown>): void;
  /** Tables of one sheet, or of the whole workbook. */
  tables(sheet?: string): TableModel[];
  addTable(range: CellRange, hasHeaders: boolean): TableModel;
}

export type EditableWorkbook = WorkbookModel & WorkbookEditing;

export function isEditable(workbook: WorkbookModel): workbook is EditableWorkbook {
  return typeof (workbook as Partial<WorkbookEditing>).addChart === "function";
}
