/* A1 references as Excel writes them, for code that builds formulas (pure; no Office.js). */
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
} from "./a1";
export type { CellRange, ParsedAddress } from "./a1";
export { asText, cleanSheetName, uniqueSheetName, MAX_SHEET_NAME } from "./sheetNames";
