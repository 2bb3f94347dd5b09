/**
 * The only layer that calls Office.js. The task pane calls these; it never touches `Excel.*`.
 * Each action has its own module (`./analyze`, `./peers`), imported directly by its panel so it
 * loads with that panel's chunk, not with the pane.
 */
export { ExcelFailure, toExcelFailure } from "./officeErrors";
export type { ExcelFailureReason } from "./officeErrors";
export { runExcel, isInExcel, displayLanguage, ACTION_TIMEOUT_MS } from "./run";
export { WRITE_BUDGET_BYTES, payloadBytes, splitRows } from "./requestSize";
export { readWriteAs } from "./writeAs";
export type { WriteMode } from "../catalogue";
