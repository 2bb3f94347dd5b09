/** Reading one cell of a statement the way an analyst means it: a figure, or unknown (null, never 0). */
import { readTypedNumber } from "../metrics/typedNumber";
import { halfWidth } from "./text";

/**
 * A figure, or null for blanks, placeholders (-, —, N/A, n.m.), notes, errors (#DIV/0!) and any other
 * text: the one reading of a typed figure that the FIN functions use too.
 */
export function readCell(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const figure = readTypedNumber(value);
  return typeof figure === "number" ? figure : null;
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** The text of a label cell, trimmed; "" for anything that is not text. */
export function cellText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

const NOTE = /^(?:注释?|附注)\S{0,10}$|^notes?\b.{0,10}$|^(?:n\.?[am]\.?|n\/a|na|nm|[-—–]+)$/i;
const NUMBERING_ONLY = /^\(?[一二三四五六七八九十]+[)、.]?\s*[\d().]*$/;

/** Whether a cell reads as a line label: words, not a figure, a note reference, an error or a bare number. */
export function isLabelText(value: unknown): boolean {
  const text = halfWidth(cellText(value));
  if (text === "" || readCell(text) !== null || text.startsWith("#")) return false;
  if (NOTE.test(text) || NUMBERING_ONLY.test(text)) return false;
  return /[a-z\u3400-\u9fff]/i.test(text);
}
