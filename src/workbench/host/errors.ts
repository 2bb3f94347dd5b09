/*
 * Errors as Office.js raises them: `context.sync()` rejects with an object carrying `code`,
 * `message` and `debugInfo` (OfficeExtension.Error); reading a property that was never loaded
 * throws `PropertyNotLoaded` at once.
 */
import { isWorkbookError } from "../model/errors";

/** The messages Excel gives (docs: "Error handling with the Excel JavaScript API"). */
export const ERROR_MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

/** Stands in for OfficeExtension.Error (at run time Office.js names it "RichApi.Error"). */
export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null;
  constructor(
    code: string,
    message?: string,
    debug: Partial<DebugInfo> = {},
    inner: Error | null = null
  ) {
    super(message ?? ERROR_MESSAGES[code] ?? code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: this.message, ...debug };
    this.innerError = inner;
  }
}

export function propertyNotLoaded(property: string, objectType: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${objectType}.${property}` }
  );
}

/** Gives any error raised while applying a queued operation its Office.js shape. */
export function asHostError(e: unknown, location: string, statement: string): HostError {
  if (e instanceof HostError) {
    return new HostError(e.code, e.message, { ...e.debugInfo, errorLocation: location, statement });
  }
  if (isWorkbookError(e)) {
    return new HostError(
      e.code,
      ERROR_MESSAGES[e.code] ?? e.message,
      { message: e.message, errorLocation: location, statement },
      e
    );
  }
  const inner = e instanceof Error ? e : new Error(String(e));
  return new HostError(
    "GeneralException",
    undefined,
    { message: inner.message, errorLocation: location, statement },
    inner
  );
}

export function invalidArgument(message: string): HostError {
  return new HostError("InvalidArgument", ERROR_MESSAGES.InvalidArgument, { message });
}
