/** A small CSV reader for fixtures, and the two forms a pasted statement takes in Excel. */
import { readFileSync } from "fs";
import { join } from "path";
import { parseTypedNumber } from "../../src/metrics/typedNumber";

/** RFC 4180 as spreadsheets write it: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      (row.push(field), rows.push(row), (row = []), (field = ""));
    } else field += ch;
  }
  if (field !== "" || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

/** Cells as Excel holds them after pasting: typed numbers (1,234.5, (26.94), 12%) become numbers, the rest stays text. */
export function asTyped(rows: string[][]): unknown[][] {
  return rows.map((row) => row.map((cell) => parseTypedNumber(cell) ?? cell));
}

export const FIXTURES = join(__dirname, "..", "fixtures");

export function readFixture(relativePath: string): string[][] {
  return parseCsv(readFileSync(join(FIXTURES, relativePath), "utf8"));
}
