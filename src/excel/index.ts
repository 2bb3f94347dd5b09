/** The only layer that calls Office.js. The task pane calls these; it never touches `Excel.*`. */
export { ExcelFailure, toExcelFailure } from "./officeErrors";
export type { ExcelFailureReason } from "./officeErrors";
export { runExcel, isInExcel, displayLanguage, ACTION_TIMEOUT_MS } from "./run";
export { REQUEST_LIMIT_BYTES, WRITE_BUDGET_BYTES, payloadBytes, splitRows } from "./requestSize";
