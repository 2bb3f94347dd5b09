/*
 * The queue of a request context: every property set, method call and load is recorded here and
 * nothing touches the workbook until `context.sync()`. The JSON of the queued operations stands in
 * for the request Office.js sends, so its size is what the 5 MB limit is checked against.
 */

/** Excel on the web caps each request at 5 MB (RequestPayloadSizeLimitExceeded). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** … and each response (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface Operation {
  /** What is sent: the object path and the operation with its arguments. */
  request: { path: string; op: "set" | "call" | "load" | "get"; name: string; value?: unknown };
  /** Where an error is reported, e.g. "Range.values". */
  location: string;
  /** Applies the operation; may return what to commit once the whole sync succeeds (loaded values). */
  apply(): (() => void) | void;
  /** The size of what this operation reads back, for the response limit. */
  responseBytes?: () => number;
}

export function byteLength(json: string): number {
  return new TextEncoder().encode(json).length;
}

export function requestBytes(ops: readonly Operation[]): number {
  return byteLength(JSON.stringify(ops.map((o) => o.request)));
}

export function statementOf(op: Operation): string {
  const { path, op: kind, name } = op.request;
  if (kind === "set") return `${path}.${name} = ...;`;
  if (kind === "load") return `${path}.load(${JSON.stringify(name)});`;
  return `${path}.${name}(...);`;
}
