/** Compare peers: the comparison plan (pure). src/excel reads the workbook and writes the plan. */
export {
  betterOf,
  isShare,
  lineOf,
  metricCell,
  metricsOf,
  segmentsOf,
  sharedMetrics,
} from "./metrics";
export type { BaseMetricId, Better, MetricCell, MetricId, Missing, PeerCompany } from "./metrics";
export { commonPeriods, keyOf, keyText, latestPosition, positionOf } from "./periods";
export type { PeriodKey } from "./periods";
export { periodText } from "./text";
export type { PeerSheetText } from "./text";
export {
  RANK_FORMAT,
  RATE_FORMAT,
  metricLabel,
  planPeerSheet,
  scaleColours,
  unitText,
} from "./plan";
export type {
  ChartPlan,
  ColorScalePlan,
  PeerSheetPlan,
  PlanProblem,
  PlanRequest,
  PlanResult,
  RateCell,
} from "./plan";
export { periodCount, periodWindow } from "./periodWindow";
export type { PeriodBasis } from "./periodWindow";
export { isSize, rateKey, sizeLineOf, sizeScales, unitFactor } from "./sizes";
export type { SizeLine, SizeMetricId, SizeUnit } from "./sizes";
export { asCompany, findStatements, idOf, recognise } from "./found";
export type {
  FoundStatement,
  Listing,
  ReadGrid,
  SheetCells,
  SheetPart,
  UnreadReason,
  UnreadSheet,
} from "./found";
export { planSheetReads, textWindows, CELL_RESPONSE_BYTES } from "./readPlan";
export type { SheetRead, SheetTextAreas } from "./readPlan";
export { sampleGrid, sampleStatements } from "./samples";
export type { SampleCell, SampleStatement } from "./samples";
export { ratesOn } from "./remember";
export type { RememberedCompany, RememberedPeerSheet } from "./remember";
