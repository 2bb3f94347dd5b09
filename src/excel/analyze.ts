/*
 * Analyze selection as the task pane sees it: the two Office.js actions, and the pure planning the
 * pane shows before writing (what was understood, what can be added, where it would go). Imported
 * on its own (not through ./index) so it loads with the Analyze tab, not with the pane.
 */
export { readSelection } from "./analyzeRead";
export type { SelectionRead } from "./analyzeRead";
export { writeAnalysis } from "./analyzeWrite";
export type { AnalysisRequest, AnalysisWritten } from "./analyzeWrite";
export { updateAnalysis } from "./analyzeUpdate";
export type { AnalysisUpdateRequest, AnalysisUpdated } from "./analyzeUpdate";
export type { FoundBlock, RememberedAnalysis } from "./analysisMemory";
export {
  analysisChoices,
  answerQuestions,
  areaAddress,
  metricKeys,
  planAnalysis,
  withMeanings,
} from "../analysis";
export type {
  Answered,
  Answers,
  AnalysisChoices,
  AnalysisOptions,
  AnalysisPlan,
  MetricKey,
  PlacementChoice,
  PlanFailure,
  SheetArea,
  StatementSource,
  Unavailable,
} from "../analysis";
export { allMeanings, lineItemDictionary, meanings } from "../statements";
export type { Failure, FailureReason, ReadReason } from "../failure";
export type { ArithmeticCheck, LineItem, Meaning, Question, Statement } from "../statements";
