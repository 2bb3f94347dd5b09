import { Failure, fail, failureFromCode, isFailure } from "./outcome";
import { say } from "./messages";
import { readTypedNumber } from "./typedNumber";

/** An input cell once read: a number, blank (`null`, unknown) or the failure it carries. */
export type Value = number | null | Failure;

function isErrorLike(raw: object): raw is { code: string; message?: string } {
  const code = (raw as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * Reads one input cell. Blank is unknown, never zero, and so is a placeholder ("—", "N/A", "n.m.");
 * text is read as a figure where it is one (readTypedNumber), otherwise it is an error that names
 * the argument and the text.
 */
export function readValue(raw: unknown, arg: string): Value {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : fail("invalidNumber", say("notFinite", arg));
  }
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const n = readTypedNumber(raw);
    return n !== "notANumber" ? n : fail("invalidValue", say("notANumber", arg, raw));
  }
  if (typeof raw === "boolean")
    return fail("invalidValue", say("notANumberBoolean", arg, raw ? "TRUE" : "FALSE"));
  if (typeof raw === "object") {
    if (isFailure(raw)) return raw;
    if (isErrorLike(raw)) return failureFromCode(raw.code, arg, raw.message);
  }
  return fail("invalidValue", say("unsupported", arg));
}

/** True when every cell of a row is a finite number, so it can be used as values without reading each. */
export function allFinite(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
  }
  return true;
}

/** A row of finite numbers is already a series of values; anything else is read cell by cell. */
export function readRow(row: unknown[], arg: string): Value[] {
  if (allFinite(row)) return row as number[];
  const series: Value[] = [];
  for (let c = 0; c < row.length; c++) series.push(readValue(row[c], arg));
  return series;
}

/**
 * Reads an argument that must be one value (a literal or a single cell); Excel may pass it as a
 * 1×1 matrix. `fallback` stands in when it is omitted (`null`).
 */
export function readScalar(raw: unknown, arg: string, fallback?: number): Value {
  let cell = raw;
  if (Array.isArray(raw)) {
    if (raw.length !== 1 || !Array.isArray(raw[0]) || raw[0].length !== 1) {
      return fail("invalidValue", say("scalarArgument", arg));
    }
    cell = raw[0][0];
  }
  if ((cell === null || cell === undefined) && fallback !== undefined) return fallback;
  return readValue(cell, arg);
}

/** Reads a whole-number count such as a lag or a window (≥ 1). */
export function readCount(raw: unknown, arg: string, fallback: number): number | Failure {
  const v = readScalar(raw, arg, fallback);
  if (v === null) return fail("invalidValue", say("blankArgument", arg));
  if (isFailure(v)) return v;
  if (!Number.isInteger(v) || v < 1) return fail("invalidNumber", say("positiveInteger", arg, v));
  return v;
}
