/**
 * The metrics error model. A computed cell is a finite number, `null` (blank: the figure is
 * unknown because an input is blank) or a `Failure` that the functions turn into an Excel error.
 */
export type FailureKind =
  | "divisionByZero" // #DIV/0!
  | "invalidNumber" // #NUM!
  | "invalidValue" // #VALUE!
  | "notAvailable" // #N/A
  | "nullReference" // #NULL!
  | "invalidReference" // #REF!
  | "invalidName"; // #NAME?

export interface Failure {
  readonly failure: FailureKind;
  readonly message: string;
}

/** One computed cell: a finite number, blank (unknown) or a failure. */
export type Outcome = number | null | Failure;
export type Matrix<T> = T[][];
/** A whole-call result: a matrix of outcomes, or one failure for the call (e.g. shapes that don't fit). */
export type MatrixResult = Matrix<Outcome> | Failure;

export function fail(failure: FailureKind, message: string): Failure {
  return { failure, message };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "failure" in value;
}

const EXCEL_CODES: Record<FailureKind, string> = {
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
  invalidReference: "#REF!",
  invalidName: "#NAME?",
};

/** The error text Excel shows for a failure, e.g. `#DIV/0!`. */
export function excelCode(kind: FailureKind): string {
  return EXCEL_CODES[kind];
}

/** The failure for an Excel error code met in the input (`#REF!` stays `#REF!`). */
export function failureFromCode(code: string, message = ""): Failure {
  const kind = (Object.keys(EXCEL_CODES) as FailureKind[]).find((k) => EXCEL_CODES[k] === code);
  return fail(kind ?? "invalidValue", message || `input holds the error ${code}`);
}

/** The one place where NaN and ±Infinity become errors: no metric ever returns them. */
export function finite(value: number): number | Failure {
  return Number.isFinite(value)
    ? value
    : fail("invalidNumber", "the result is too large to represent");
}
