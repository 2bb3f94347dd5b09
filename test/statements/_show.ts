// Prints a CSV's reading in the corpus's compact form (a development aid; expectations are written by hand).
import { readFileSync } from "fs";
import { readStatement } from "../../src/statements";
import { parseCsv } from "../helpers/csv";
import { compactReading } from "./corpusReading";
for (const file of process.argv.slice(2)) {
  const r = readStatement(parseCsv(readFileSync(file, "utf8")));
  console.log(file, JSON.stringify(r.ok ? compactReading(r.value) : r, null, 1));
}
