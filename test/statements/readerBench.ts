/*
 * The statement reader at 2,000 lines × 40 periods of typed cells (text, as Office.js reads a
 * pasted statement), against a written-out loop that only reads each cell with readTypedNumber
 * (CPU time, median of 15), and the whole "read selection" action in the workbench (wall time,
 * median of 7). Part of `npm run bench`; alone:
 * `node --expose-gc -r ts-node/register test/statements/readerBench.ts`.
 */
import { performance } from "perf_hooks";
import { readSelection } from "../../src/excel/analyze";
import { readTypedNumber } from "../../src/metrics";
import { readStatement } from "../../src/statements";
import { installOfficeHost } from "../../src/workbench/host";
import { createWorkbook } from "../../src/workbench/model";
import { bigStatement } from "../helpers/syntheticStatements";
import { cpuMs, medianTimes } from "../bench/timing";

export interface ReaderFigures {
  size: string;
  /** CPU ms of readStatement over the grid. */
  readerMs: number;
  /** CPU ms of a loop that reads every cell with readTypedNumber and nothing else. */
  loopMs: number;
  /** readerMs ÷ loopMs. */
  ratio: number;
  /** Wall ms of the read selection action (one sync in the simulated Office.js, then the reader). */
  readSelectionMs: number;
}

/** The floor: every cell read as a figure once, summed so the work is not optimised away. */
function readEveryCell(rows: string[][]): number {
  let sum = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 1; c < row.length; c++) {
      const v = readTypedNumber(row[c]);
      if (typeof v === "number") sum += v;
    }
  }
  return sum;
}

export async function benchReader(lines = 2000, periods = 40): Promise<ReaderFigures> {
  const rows = bigStatement(lines, periods);
  const cpu = medianTimes(
    { reader: () => readStatement(rows), loop: () => readEveryCell(rows) },
    15,
    5,
    cpuMs
  );
  const wb = createWorkbook();
  installOfficeHost(globalThis, wb);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput("Sheet1", r, c, v)));
  wb.select({ sheet: "Sheet1", row: 0, col: 0, rowCount: rows.length, colCount: periods + 1 });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = await readSelection();
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error("the statement was not recognised");
  }
  times.sort((a, b) => a - b);
  return {
    size: `${lines.toLocaleString("en-US")} lines × ${periods} periods`,
    readerMs: Number(cpu.reader.toFixed(1)),
    loopMs: Number(cpu.loop.toFixed(1)),
    ratio: Number((cpu.reader / cpu.loop).toFixed(2)),
    readSelectionMs: Math.round(times[3]),
  };
}

if (require.main === module) {
  benchReader()
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
