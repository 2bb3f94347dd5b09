import { say } from "./messages";

/**
 * The metrics error model. A computed cell is a finite number, `null` (blank: the figure is
 * unknown because an input is blank) or a `Failure` that the functions turn into an Excel error.
 * Only the errors a custom function may return are kinds: #REF! and #NAME? are input-only.
 */
export type FailureKind =
  | "divisionByZero" // #DIV/0!
  | "invalidNumber" // #NUM!
  | "invalidValue" // #VALUE!
  | "notAvailable" // #N/A
  | "nullReference"; // #NULL!

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
};

/** The error text Excel shows for a failure, e.g. `#DIV/0!`. */
export function excelCode(kind: FailureKind): string {
  return EXCEL_CODES[kind];
}

/**
 * The failure for an Excel error met in argument `arg`: the same error where a custom function may
 * return it, else (#REF!, #NAME?, #SPILL! …) #VALUE! with a message naming the argument and the error.
 */
export function failureFromCode(code: string, arg: string, message = ""): Failure {
  const kind = (Object.keys(EXCEL_CODES) as FailureKind[]).find((k) => EXCEL_CODES[k] === code);
  if (kind === undefined) return fail("invalidValue", say("inputError", arg, code));
  return fail(kind, message || say("inputError", arg, code));
}

/** The one place where NaN and ±Infinity become errors: no metric ever returns them. */
export function finite(value: number): number | Failure {
  return Number.isFinite(value) ? value : fail("invalidNumber", say("tooLarge"));
}
