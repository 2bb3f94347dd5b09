import { Failure, fail, failureFromCode, isFailure } from "./outcome";
import { messages } from "./messages";
import { parseTypedNumber } from "./typedNumber";

/** An input cell once read: a number, blank (`null`, unknown) or the failure it carries. */
export type Value = number | null | Failure;

function isErrorLike(raw: object): raw is { code: string; message?: string } {
  const code = (raw as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * Reads one input cell. Blank is unknown, never zero; text is read as Excel reads a typed number,
 * otherwise it is an error that names the argument and the text.
 */
export function readValue(raw: unknown, arg: string): Value {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : fail("invalidNumber", `${arg} is not a finite number`);
  }
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    if (raw.trim() === "") return null;
    const n = parseTypedNumber(raw);
    return n !== null ? n : fail("invalidValue", messages.notANumber(arg, raw));
  }
  if (typeof raw === "boolean") return fail("invalidValue", messages.notANumberBoolean(arg, raw));
  if (typeof raw === "object") {
    if (isFailure(raw)) return raw;
    if (isErrorLike(raw)) return failureFromCode(raw.code, raw.message);
  }
  return fail("invalidValue", `${arg}: unsupported value`);
}

/** True when every cell of a row is a finite number, so it can be used as values without reading each. */
export function allFinite(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
  }
  return true;
}

/**
 * Reads an argument that must be one value (a literal or a single cell); Excel may pass it as a
 * 1×1 matrix. `fallback` stands in when it is omitted (`null`).
 */
export function readScalar(raw: unknown, arg: string, fallback?: number): Value {
  let cell = raw;
  if (Array.isArray(raw)) {
    if (raw.length !== 1 || !Array.isArray(raw[0]) || raw[0].length !== 1) {
      return fail("invalidValue", messages.scalarArgument(arg));
    }
    cell = raw[0][0];
  }
  if ((cell === null || cell === undefined) && fallback !== undefined) return fallback;
  return readValue(cell, arg);
}

/** Reads a whole-number count such as a lag or a window (≥ 1). */
export function readCount(raw: unknown, arg: string, fallback: number): number | Failure {
  const v = readScalar(raw, arg, fallback);
  if (v === null) return fail("invalidValue", messages.blankArgument(arg));
  if (isFailure(v)) return v;
  if (!Number.isInteger(v) || v < 1) return fail("invalidNumber", messages.positiveInteger(arg, v));
  return v;
}

/**
 * Reads a TRUE/FALSE switch such as `negate`: omitted, blank or FALSE is off; TRUE or a non-zero
 * number is on. (Stand-in for contract A until the functions branch lands its own.)
 */
export function readFlag(raw: unknown, arg: string): boolean | Failure {
  const cell = Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) ? raw[0][0] : raw;
  if (cell === null || cell === undefined || cell === "" || cell === false) return false;
  if (cell === true) return true;
  if (typeof cell === "number") return cell !== 0;
  return fail("invalidValue", messages.flagArgument(arg));
}
