import { Failure, fail, isFailure } from "./outcome";
import { readScalar } from "./cells";
import { say } from "./messages";

/**
 * Reads a TRUE/FALSE switch such as `negate`. Omitted, blank, FALSE and 0 are off (desktop Excel
 * passes a blank cell as 0); TRUE or any other number is on; the text "TRUE"/"FALSE" as typed.
 */
export function readFlag(raw: unknown, arg: string): boolean | Failure {
  let cell = raw;
  if (Array.isArray(raw)) {
    if (raw.length !== 1 || !Array.isArray(raw[0]) || raw[0].length !== 1) {
      return fail("invalidValue", say("scalarArgument", arg));
    }
    cell = raw[0][0];
  }
  if (cell === null || cell === undefined || cell === false) return false;
  if (cell === true) return true;
  if (typeof cell === "number")
    return Number.isFinite(cell) ? cell !== 0 : fail("invalidNumber", say("notFinite", arg));
  if (typeof cell === "string") {
    const word = cell.trim().toUpperCase();
    if (word === "" || word === "FALSE") return false;
    if (word === "TRUE") return true;
    return fail("invalidValue", say("notAFlag", arg, cell));
  }
  const read = readScalar(cell, arg);
  return isFailure(read) ? read : fail("invalidValue", say("unsupported", arg));
}
