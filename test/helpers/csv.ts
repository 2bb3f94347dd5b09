/* The fixtures as CSV text and as cells, read by the same reader the workbench uses for samples and paste. */
import * as fs from "fs";
import * as path from "path";
import { parseDelimited } from "../../src/workbench/page/delimited";

export function parseCsv(text: string): string[][] {
  return parseDelimited(text, ",");
}

export function fixture(name: string): string[][] {
  return parseCsv(fs.readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8"));
}
