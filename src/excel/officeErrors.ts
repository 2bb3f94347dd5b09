/*
 * Office.js failures as the task pane explains them: one place turns an OfficeExtension.Error into
 * a Failure whose reason the pane has a plain sentence for.
 */
import type { ExcelReason, Failure } from "../failure";

const BY_CODE: Record<string, ExcelReason> = {
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  InvalidSelection: "invalidSelection",
  ItemNotFound: "notFound",
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  Timeout: "timeout",
};

/** What an error thrown inside Excel.run means; Excel's own words go in `detail.message`. */
export function officeFailure(e: unknown): Failure<ExcelReason> {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return { reason: (typeof code === "string" && BY_CODE[code]) || "unknown", detail: { message } };
}
