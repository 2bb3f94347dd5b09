/*
 * Reads what a person types into a cell, or a string written through Office.js `range.values`,
 * the way Excel (en-US) reads it: `=…` is a formula, `+…`/`-…` that is not a number is a formula
 * too, numbers may have thousands separators, a $, parentheses for negatives and a trailing %,
 * TRUE/FALSE are booleans, a leading apostrophe forces text, anything else is text.
 */
import { readTypedExcelNumber } from "./typedNumber";

export type ReadInput =
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; numberFormat: string | null }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; value: string };

export function readInput(input: string): ReadInput {
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (input.startsWith("=")) return { kind: "formula", formula: input };
  const number = readTypedExcelNumber(input);
  if (number !== null) return { kind: "number", ...number };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  // Excel reads +A1 or -A1 as the formula =+A1, =-A1 (the caller keeps it as text if it doesn't parse).
  if (/^[+-]./.test(input)) return { kind: "formula", formula: `=${input}` };
  return { kind: "text", value: input };
}
