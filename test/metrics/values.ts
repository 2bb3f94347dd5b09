/* Helpers to state expected metric results plainly. */
import { Failure, FailureKind, MatrixResult, isFailure } from "../../src/metrics";

/** The cells of a result, with failures as their kind, for toEqual / toBeCloseTo checks. */
export function cells(result: MatrixResult): Array<Array<number | null | FailureKind>> {
  if (isFailure(result)) throw new Error(`whole call failed: ${result.failure} ${result.message}`);
  return result.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.failure : v)));
}

export function callFailure(result: MatrixResult): Failure {
  if (!isFailure(result))
    throw new Error(`expected the call to fail, got ${JSON.stringify(result)}`);
  return result;
}

/** Rounds numbers to `digits` decimals so hand-worked figures compare exactly. */
export function rounded(
  result: MatrixResult,
  digits = 4
): Array<Array<number | null | FailureKind>> {
  return cells(result).map((row) =>
    row.map((v) => (typeof v === "number" ? Number(v.toFixed(digits)) : v))
  );
}
