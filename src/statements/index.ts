/** The statement reader: a selected grid in, a recognised income statement (or why there is none) out. */
export { readStatement, cellAt } from "./readStatement";
export type {
  Statement,
  StatementPeriod,
  LineItem,
  Heading,
  ReadResult,
  ReadOptions,
  CellRect,
  Translation,
} from "./readStatement";
export { parsePeriod, periodSpan } from "./periods";
export type { Period, PeriodKind } from "./periods";
export { growthLags } from "./growthLags";
export { priorPeriod, cagrSpan, endMonth } from "./periodPairs";
export type { GrowthLags } from "./growthLags";
export { parseUnit } from "./units";
export type { Unit, Currency } from "./units";
export {
  lineItemDictionary,
  meanings,
  allMeanings,
  multiLineMeanings,
  matchLineItem,
} from "./lineItems";
export type { Meaning, MeaningEntry, LineMatch } from "./lineItems";
export type { LineKind } from "./lineKinds";
export type { Question, QuestionReason } from "./questions";
export type { ArithmeticCheck } from "./checks";
export { readCell } from "./cells";
export type { Orientation } from "./layout";
