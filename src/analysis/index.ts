/** Analysis blocks: where an Analyze block's rows and cells go, beside a recognised statement (pure). */
export {
  analysisChoices,
  withMeanings,
  metricKeys,
  chronological,
  EXPENSE_MEANINGS,
} from "./choices";
export type { AnalysisChoices, AnalysisOptions, MetricKey, Unavailable } from "./choices";
export { metricRows } from "./metricRows";
export type { MetricRow, RecipeAt, Refs } from "./metricRows";
export { planAnalysis, areaAddress, intersects } from "./plan";
export type {
  AnalysisPlan,
  PlacementChoice,
  PlanFailure,
  PlanRequest,
  PlanResult,
  SheetArea,
  StatementSource,
} from "./plan";
export { answerQuestions } from "./answers";
export type { Answered, Answers } from "./answers";
export { sourceNotes } from "./sourceNotes";
export type { Refusal } from "./choices";
