/* The workbench's workbook: what the page and the simulated Office.js host import. */
export { createWorkbook, DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from "./workbook";
export { isEditable } from "./editing";
export type {
  ChartChange,
  ClearApplyTo,
  EditableWorkbook,
  NewChart,
  SheetChange,
  TableModel,
  WorkbookEditing,
} from "./editing";
export { WorkbookError, isWorkbookError } from "./errors";
export type { WorkbookErrorCode } from "./errors";
export {
  MAX_ROWS,
  MAX_COLUMNS,
  columnLetters,
  columnIndex,
  formatCellAddress,
  formatRangeAddress,
  formatSheetAddress,
  quoteSheetName,
  unquoteSheetName,
  splitSheetPrefix,
  parseAddress,
  isOnGrid,
} from "../../references";
export {
  checkSheetName,
  defaultSheetName,
  findSheetName,
  MAX_SHEET_NAME_LENGTH,
} from "./sheetNames";
export { formatValue, formatNumber, generalNumber, GENERAL } from "./numberFormat";
export { readInput } from "./typedInput";
export type { ReadInput } from "./typedInput";
export { formulaPieces, fromEngineFormula, shiftFormula, toEngineFormula } from "./formulaText";
export type * from "./types";
