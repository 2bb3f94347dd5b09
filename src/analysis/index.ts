/** Analysis blocks: from a recognised statement to the FIN formulas FIN writes beside it (pure). */
export {
  analysisChoices,
  withMeanings,
  metricKeys,
  chronological,
  periodsConsecutive,
  EXPENSE_MEANINGS,
  PERIOD_EXPENSE_PARTS,
} from "./choices";
export type { AnalysisChoices, AnalysisOptions, MetricKey, Unavailable } from "./choices";
export { metricRows, PERCENT_FORMAT, PP_FORMAT, AMOUNT_FORMAT } from "./metricRows";
export type { MetricKind, MetricRow, Recipe, Refs } from "./metricRows";
export { planAnalysis, freeSheetName, asText, intersects, areaAddress } from "./plan";
export type {
  AnalysisPlan,
  PlacementChoice,
  PlanFailure,
  PlanRequest,
  PlanResult,
  SheetArea,
  StatementSource,
} from "./plan";
export { sheetLabels, newSheetBaseName } from "./sheetLabels";
export type { SheetLabels, SheetLanguage } from "./sheetLabels";
