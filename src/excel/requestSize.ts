/*
 * Excel on the web caps one request at 5 MB (RequestPayloadSizeLimitExceeded). A large write is
 * split into blocks of rows whose estimated payload stays well under it, each its own queued call;
 * they still go in one sync when they fit, and in as few syncs as needed when they don't.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom for everything else queued in the same request. */
export const WRITE_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.6);
/** … and one response at 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a read plans to get back: cell sizes are estimated before the values are known. */
export const READ_BUDGET_BYTES = Math.floor(RESPONSE_LIMIT_BYTES * 0.6);

/** UTF-8 bytes of a string in JSON: quotes, escaped quotes and backslashes, multi-byte characters. */
function stringBytes(text: string): number {
  let bytes = 3; // quotes and comma
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? (code === 0x22 || code === 0x5c ? 2 : 1) : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Estimated bytes of a 2D array once serialised into a request (numbers at their longest). */
export function payloadBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 2;
    for (const v of row) bytes += typeof v === "string" ? stringBytes(v) : v === null ? 5 : 24;
  }
  return bytes;
}

/** Splits rows into consecutive blocks of at most `budget` estimated bytes (at least one row each). */
export function splitRows<T>(
  rows: readonly T[][],
  budget = WRITE_BUDGET_BYTES
): Array<{ start: number; rows: T[][] }> {
  const blocks: Array<{ start: number; rows: T[][] }> = [];
  let start = 0;
  let current: T[][] = [];
  let size = 0;
  rows.forEach((row, i) => {
    const b = payloadBytes([row]);
    if (current.length > 0 && size + b > budget) {
      blocks.push({ start, rows: current });
      start = i;
      current = [];
      size = 0;
    }
    current.push(row);
    size += b;
  });
  if (current.length > 0) blocks.push({ start, rows: current });
  return blocks;
}
