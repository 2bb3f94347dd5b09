/** An error the workbook raises where Excel would refuse, carrying the Office.js error code. */
export type WorkbookErrorCode =
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidReference"
  | "InvalidSelection"
  | "MergedRangeConflict";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  constructor(code: WorkbookErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "WorkbookError";
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}
