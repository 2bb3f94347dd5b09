/** The statement reader: a selected grid in, a recognised income statement (or a typed failure) out. */
export { readStatement, cellAt } from "./readStatement";
export type { Statement, StatementPeriod, LineItem, Heading, ReadResult } from "./readStatement";
export { parsePeriod } from "./periods";
export type { Period, PeriodKind } from "./periods";
export { growthLags } from "./growthLags";
export { priorPeriod, cagrSpan, endMonth } from "./periodPairs";
export type { GrowthLags } from "./growthLags";
export { parseUnit } from "./units";
export type { Unit, Currency } from "./units";
export { lineItemDictionary, meanings, matchLineItem } from "./lineItems";
export type { Meaning, MeaningEntry, LineMatch } from "./lineItems";
export { readCell } from "./cells";
export { failureMessages } from "./messages";
export type { FailureReason } from "./messages";
export type { Orientation } from "./layout";
