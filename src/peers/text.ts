/**
 * The words FIN writes into the comparison sheet. They live in the task pane's strings files
 * (`peers.sheet`, English and Chinese); the plan receives them, so this module stays free of UI.
 */
import { fill } from "../catalogue";
import type { BaseMetricId, Better } from "./metrics";
import type { Currency } from "../statements";
import type { PeriodKey } from "./periods";
import type { SizeLine } from "./sizes";

export interface PeerSheetText {
  sheetName: string;
  /** Corner cell: what column A holds (metrics across, companies when transposed). */
  metricCorner: string;
  companyCorner: string;
  period: string;
  median: string;
  mean: string;
  max: string;
  min: string;
  /** "Rank: {company}" */
  rank: string;
  /** Header of the column saying which end ranks first. */
  rankOne: string;
  better: Record<Better, string>;
  metrics: Record<BaseMetricId, string>;
  /** "{segment} share of revenue" */
  share: string;
  segments: Record<string, string>;
  periodLabels: Record<"year" | "quarter" | "half" | "ytd", string>;
  notes: string;
  /** "Period basis: …" */
  basisLatest: string;
  basisCommon: string;
  fiscal: string;
  mixedKinds: string;
  missingLine: string;
  missingSegment: string;
  missingPrior: string;
  missingPeriod: string;
  partialSum: string;
  negativeExpenses: string;
  source: string;
  /** The last note: when the sheet was built and how its figures were written ({date}). */
  writtenAs: Record<"fin" | "excel" | "values", string>;
  chartData: string;
  chartTitleLatest: string;
  chartTitleCommon: string;
  /** Subject columns: "Peer median (excl. {subject})", … */
  peerMedian: string;
  peerMean: string;
  peerMax: string;
  peerMin: string;
  /** "{subject} vs peer median" */
  difference: string;
  /** "{subject}'s rank of {count}" */
  subjectRank: string;
  subjectNote: string;
  /** Amount lines shown as sizes. */
  sizeMetrics: Record<SizeLine, string>;
  /** "{metric} ({unit})" */
  sizeLabel: string;
  currencies: Record<Currency, string>;
  /** Unit words by scale: 1e6 → "millions", 百万. */
  scales: Record<string, string>;
  /** "{currency} {scale}" / "{scale}{currency}" */
  unitText: string;
  rates: string;
  /** "1 {from} in {to}" */
  rateRow: string;
  /** A statement that names no currency: "{company} (no currency stated): 1 unit in {to}" */
  rateUnknown: string;
  /** "{company}: {unit} × {factor} = {target}" */
  sizeScaled: string;
  /** "{company}: {metric} left blank until the rate in {cell} is typed." */
  rateMissing: string;
  sizeDifference: string;
  noUnit: string;
  /** Layout notes: where the companies, the periods and the metrics are. */
  layoutAcross: string;
  layoutDown: string;
  /** "Each company's last {count} {kind} side by side, oldest first, under its own labels; statistics compare the newest." */
  overTime: string;
  periodKinds: Record<"year" | "quarter" | "half" | "ytd", string>;
}

/** A period key as the sheet writes it: `Q1 2022`, `2020年`. */
export function periodText(key: PeriodKey, text: PeerSheetText): string {
  return fill(text.periodLabels[key.kind], { year: key.year, part: key.part ?? "" });
}
