/**
 * The only layer that calls Office.js. The task pane calls these; it never touches `Excel.*`.
 * Each action has its own module (`./analyze`, `./peers`), imported directly by its panel so it
 * loads with that panel's chunk, not with the pane.
 */
export { isExcelReason } from "../failure";
export type { Failure, FailureReason, Outcome } from "../failure";
export type { QuestionReason } from "../statements";
export {
  runExcel,
  isInExcel,
  displayLanguage,
  actionState,
  onActionState,
  ACTION_TIMEOUT_MS,
  SIMPLIFIED_CHINESE_LOCALES,
} from "./run";
export type { ActionState } from "./run";
export { REQUIRED_SETS, missingRequirements, setLabel } from "./requirements";
export type { RequirementSet } from "./requirements";
export { REQUEST_LIMIT_BYTES, WRITE_BUDGET_BYTES, payloadBytes, splitRows } from "./requestSize";
export { readWriteAs } from "./writeAs";
export type { WriteMode } from "../catalogue";
