/*
 * The reader alone and the "read selection" action, at 2,000 lines × 40 periods (median of rounds):
 * `node --expose-gc -r ts-node/register test/statements/readerBench.ts`. Issue 10 holds it within 1.5×.
 */
import { performance } from "perf_hooks";
import { readSelection } from "../../src/excel/analyze";
import { readStatement } from "../../src/statements";
import { installOfficeHost } from "../../src/workbench/host";
import { createWorkbook } from "../../src/workbench/model";
import { bigStatement } from "../helpers/syntheticStatements";
import { medianTimes } from "../bench/timing";

async function main(): Promise<void> {
  const rows = bigStatement(2000, 40);
  const reader = medianTimes({ readStatement: () => readStatement(rows) }, 15);
  const wb = createWorkbook();
  installOfficeHost(globalThis, wb);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput("Sheet1", r, c, v)));
  wb.select({ sheet: "Sheet1", row: 0, col: 0, rowCount: rows.length, colCount: 41 });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = await readSelection();
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error("not recognised");
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      readStatementMs: Math.round(reader.readStatement),
      readSelectionMs: Math.round(times[3]),
    })
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
