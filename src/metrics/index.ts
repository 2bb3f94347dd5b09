/** The core metrics: pure arithmetic and its error model, shared by the functions, the task pane and the peer sheets. */
export type { Failure, FailureKind, Matrix, MatrixResult, Outcome } from "./outcome";
export { excelCode, fail, failureFromCode, isFailure } from "./outcome";
export { readValue } from "./cells";
export { isPlainRow } from "./plainRows";
export type { Value } from "./cells";
export { parseTypedNumber, readTypedNumber } from "./typedNumber";
export type { TypedNumber } from "./typedNumber";
export { growth, growthOf, growthSeries, ppChange, cagr } from "./growth";
export { lossRate, margin, ratioOf, share } from "./ratios";
export { expenseRatio } from "./expenseRatio";
export { cumulative, decumulate, ttm, ttmRatio } from "./running";
export { messageCatalogue, messageIn, say, setMessageLanguage } from "./messages";
export type { MessageValues } from "./messages";
export type { MessageKey, MessageLanguage } from "./messages";
