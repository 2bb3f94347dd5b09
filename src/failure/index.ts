/*
 * One shape for "could not do it, because …": a reason, which is a key of the task pane's
 * `failures` strings (one sentence per language), and the details that sentence names. The pure
 * layers and src/excel carry no sentences. Cell errors of the FIN functions stay in src/metrics.
 */

/** Every reason an action of FIN can fail for, by where it is found. */
export const failureReasons = {
  /** The statement reader found no statement in the cells. */
  reader: ["empty", "singleCell", "noNumbers", "noPeriods", "noLabels"],
  /** Analyze selection could not plan or write its block. */
  analysis: [
    "nothingToWrite",
    "noRoom",
    "openQuestion",
    "statementChanged",
    "blockGone", // Update: the block's name was deleted
    "blockMoved", // Update: the block moved after the selection was read
  ],
  /** Compare peers could not plan, build or refresh its sheet. */
  peers: [
    "noCompanies",
    "oneCompany",
    "noMetrics",
    "noSizeUnit",
    "noRevenue",
    "notRecognised",
    "notRemembered",
    "companyGone",
  ],
  /** Excel refused or did not answer. */
  excel: [
    "protected", // the sheet is protected
    "tooLarge", // a request or response over Excel on the web's 5 MB limit
    "invalidSelection", // several areas, or a chart or shape, are selected
    "timeout", // Excel did not answer in time (a large workbook still calculating)
    "stillRunning", // FIN's previous action has not settled in Excel yet: another could write twice
    "notFound", // a sheet or item has gone
    "busy", // Excel is editing a cell or busy
    "unknown",
  ],
} as const;

export type ReadReason = (typeof failureReasons.reader)[number];
export type AnalysisReason = (typeof failureReasons.analysis)[number];
export type PeersReason = (typeof failureReasons.peers)[number];
export type ExcelReason = (typeof failureReasons.excel)[number];
export type FailureReason = ReadReason | AnalysisReason | PeersReason | ExcelReason;

export interface Failure<R extends FailureReason = FailureReason> {
  /** A key of the task pane's `failures` strings. */
  reason: R;
  /** What the sentence names: `{name}` → detail.name. */
  detail?: Record<string, string | number>;
}

export type Outcome<T, R extends FailureReason = FailureReason> =
  { ok: true; value: T } | { ok: false; failure: Failure<R> };

export function succeeded<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failed<R extends FailureReason>(
  reason: R,
  detail?: Failure["detail"]
): { ok: false; failure: Failure<R> } {
  return { ok: false, failure: detail ? { reason, detail } : { reason } };
}

/** True for the reasons Excel gives (shown as errors); the others are FIN's own refusals. */
export function isExcelReason(reason: FailureReason): reason is ExcelReason {
  return (failureReasons.excel as readonly string[]).includes(reason);
}
