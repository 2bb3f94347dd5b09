import { Failure, MatrixResult, Outcome, fail, isFailure, isPlainRow, say } from "../metrics";

/** Excel shows a custom message only with #VALUE! and #N/A (CustomFunctions.ErrorCode docs). */
const SHOWS_MESSAGE = new Set(["invalidValue", "notAvailable"]);

export function toExcelError(failure: Failure): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[failure.failure];
  return SHOWS_MESSAGE.has(failure.failure)
    ? new CustomFunctions.Error(code, failure.message)
    : new CustomFunctions.Error(code);
}

/**
 * Turns a metrics result into what Excel takes from a custom function: numbers, "" for a blank
 * (unknown) figure, `CustomFunctions.Error` for a failed cell; a failure of the whole call is thrown
 * as a `CustomFunctions.Error`. Converts in place: the metrics' arrays are fresh.
 */
export function toExcel(result: MatrixResult): (number | string | CustomFunctions.Error)[][] {
  if (isFailure(result)) throw toExcelError(result);
  const out = result as unknown as (Outcome | string | CustomFunctions.Error)[][];
  for (const row of out) {
    if (isPlainRow(row)) continue; // unread: see plainRows.ts
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number") continue;
      row[c] = v === null ? "" : toExcelError(v as Failure);
    }
  }
  return out as (number | string | CustomFunctions.Error)[][];
}

/** Guards an adapter: anything unexpected becomes #VALUE! with a message, never another throw. */
export function guarded(run: () => MatrixResult): (number | string | CustomFunctions.Error)[][] {
  let result: MatrixResult;
  try {
    result = run();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    result = fail("invalidValue", say("unexpected", String(e)));
  }
  return toExcel(result);
}
