/** Fixtures for the statement reader, and the two forms a pasted statement takes in Excel. */
import { readFileSync } from "fs";
import { join } from "path";
import { parseTypedNumber } from "../../src/metrics/typedNumber";
import { parseCsv } from "../helpers/csv";

export { parseCsv };

/** Cells as Excel holds them after pasting: typed numbers (1,234.5, (26.94), 12%) become numbers, the rest stays text. */
export function asTyped(rows: string[][]): unknown[][] {
  return rows.map((row) => row.map((cell) => parseTypedNumber(cell) ?? cell));
}

export const FIXTURES = join(__dirname, "..", "fixtures");

export function readFixture(relativePath: string): string[][] {
  return parseCsv(readFileSync(join(FIXTURES, relativePath), "utf8"));
}
