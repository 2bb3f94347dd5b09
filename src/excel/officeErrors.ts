/*
 * Office.js failures as the task pane explains them: one place turns an OfficeExtension.Error (or a
 * time-out) into a reason the UI has a plain sentence for.
 */
export type ExcelFailureReason =
  | "protected" // the sheet is protected
  | "tooLarge" // a request or response over Excel on the web's 5 MB limit
  | "invalidSelection" // several areas, or a chart or shape, are selected
  | "timeout" // Excel did not answer in time (a large workbook still calculating)
  | "stillRunning" // FIN's previous action has not settled in Excel yet: starting another could write twice
  | "notFound" // a sheet or item has gone
  | "busy" // Excel is editing a cell or busy
  | "unknown";

export class ExcelFailure extends Error {
  constructor(
    readonly reason: ExcelFailureReason,
    readonly detail: string
  ) {
    super(detail);
    this.name = "ExcelFailure";
  }
}

const BY_CODE: Record<string, ExcelFailureReason> = {
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  InvalidSelection: "invalidSelection",
  ItemNotFound: "notFound",
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  Timeout: "timeout",
};

export function toExcelFailure(e: unknown): ExcelFailure {
  if (e instanceof ExcelFailure) return e;
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return new ExcelFailure((typeof code === "string" && BY_CODE[code]) || "unknown", message);
}
