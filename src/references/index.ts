/*
 * A1 references as Excel writes them, for code that builds formulas (pure; no Office.js).
 * The implementation currently lives beside the workbench model and moves here once that settles.
 */
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
} from "../workbench/model/addresses";
export type { ParsedAddress } from "../workbench/model/addresses";
