/*
 * Analyze selection and Compare peers in the workbench's simulated Office.js, as the task pane runs
 * them: context.sync() round trips, request bytes and wall time per action, at growing sizes.
 */
import { performance } from "perf_hooks";
import { analysisChoices, readSelection, writeAnalysis } from "../../src/excel/analyze";
import { buildPeerSheet, findPeerStatements, type FoundPeers } from "../../src/excel/peers";
import { peersEn } from "../../src/taskpane/strings/peers";
import {
  installOfficeHost,
  resetSyncCounter,
  syncCounter,
  syncResponses,
} from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
import { valueOf } from "../helpers/outcome";
import { bigStatement, peerLike } from "../helpers/syntheticStatements";

export interface ActionFigures {
  size: string;
  syncs: number;
  requestBytes: number;
  ms: number;
}

function freshWorkbook(): EditableWorkbook {
  const wb = createWorkbook();
  installOfficeHost(globalThis, wb);
  return wb;
}

function typeSheet(wb: EditableWorkbook, sheet: string, rows: string[][]): void {
  if (!wb.sheetNames().includes(sheet)) wb.addSheet(sheet);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput(sheet, r, c, v)));
}

async function measure(size: string, action: () => Promise<unknown>): Promise<ActionFigures> {
  resetSyncCounter(globalThis);
  const t0 = performance.now();
  await action();
  const ms = performance.now() - t0;
  const { count, bytes } = syncCounter(globalThis);
  return { size, syncs: count, requestBytes: bytes, ms: Math.round(ms) };
}

/** Analyze selection: the read (click 1) and the write (click 2) are each one action. */
export async function benchAnalyze(lineCounts = [10, 200, 2000], periods = 40) {
  registerBuiltFunctions();
  const read: ActionFigures[] = [];
  const write: ActionFigures[] = [];
  for (const lines of lineCounts) {
    const wb = freshWorkbook();
    typeSheet(wb, "Sheet1", bigStatement(lines, periods));
    wb.select({ sheet: "Sheet1", row: 0, col: 0, rowCount: lines + 1, colCount: periods + 1 });
    const size = `${lines} lines × ${periods} periods`;
    let selection: Awaited<ReturnType<typeof readSelection>> | null = null;
    read.push(await measure(size, async () => (selection = await readSelection())));
    const r = selection as Awaited<ReturnType<typeof readSelection>> | null;
    if (!r || !r.ok) throw new Error(`the ${size} statement was not recognised`);
    const options = analysisChoices(r.value.statement).defaults;
    write.push(
      await measure(size, async () => {
        const done = await writeAnalysis({
          statement: r.value.statement,
          source: r.value.source,
          options,
          placement: "beside",
        });
        if (!done.ok)
          throw new Error(`the ${size} analysis was not written: ${JSON.stringify(done)}`);
      })
    );
  }
  return { read, write };
}

/** Compare peers: listing the statements, then building the sheet, at 2, 10 and 50 companies. */
export async function benchPeers(companyCounts = [2, 10, 50]) {
  registerBuiltFunctions();
  const agora = fixture("agora-quarterly-q1-2021-2022.csv");
  const list: ActionFigures[] = [];
  const build: ActionFigures[] = [];
  for (const n of companyCounts) {
    const wb = freshWorkbook();
    for (let i = 0; i < n; i++) typeSheet(wb, `Company ${i + 1}`, peerLike(agora, i));
    const size = `${n} companies`;
    let found: FoundPeers | null = null;
    list.push(await measure(size, async () => (found = valueOf(await findPeerStatements()))));
    const statements = (found as FoundPeers | null)?.statements ?? [];
    if (statements.length !== n) throw new Error(`found ${statements.length} of ${n} companies`);
    build.push(
      await measure(size, async () => {
        const done = await buildPeerSheet({
          companies: statements.map((f) => ({
            id: f.id,
            sheet: f.sheet,
            table: f.table,
            name: f.name,
          })),
          metrics: ["revenueGrowth", "netLossRate", "rdExpenseRatio"],
          basis: { kind: "latest" },
          transpose: false,
          chartMetric: "netLossRate",
          text: peersEn.sheet,
          language: "en",
        });
        if (!done.ok)
          throw new Error(`the ${size} comparison was not built: ${JSON.stringify(done)}`);
      })
    );
  }
  return { list, build };
}

export interface ListingFigures {
  size: string;
  syncs: number;
  requestBytes: number;
  /** Bytes read back, in all and in the largest single round trip (Excel on the web caps it at 5 MB). */
  responseBytes: number;
  largestResponse: number;
  ms: number;
  statements: number;
  /** Sheets too large to read whole, named by listing with the part it read. */
  readInPart: number;
}

/**
 * Listing on a large workbook: `sheets` sheets, each an Agora-like statement at A1:C5 above a block
 * of figures 50 columns wide, `cellsPerSheet` filled cells in all on each.
 */
export async function benchLargeListing(sheets = 30, cellsPerSheet = 50_000) {
  const agora = fixture("agora-quarterly-q1-2021-2022.csv");
  const wb = freshWorkbook();
  const width = 50;
  for (let i = 0; i < sheets; i++) {
    const name = `Sheet ${i + 1}`;
    typeSheet(wb, name, peerLike(agora, i));
    const figures = cellsPerSheet - 15; // the statement's 15 cells
    for (let k = 0; k < figures; k++) {
      const row = 6 + Math.floor(k / width); // row 6 (sheet row 7) on: one blank row under the statement
      wb.writeValue(name, row, k % width, Math.round(k * 1.37 * 100) / 100);
    }
  }
  resetSyncCounter(globalThis);
  const t0 = performance.now();
  const found = valueOf(await findPeerStatements());
  const ms = performance.now() - t0;
  const { count, bytes } = syncCounter(globalThis);
  const responses = syncResponses(globalThis);
  const figures: ListingFigures = {
    size: `${sheets} sheets × ${cellsPerSheet.toLocaleString("en-US")} cells`,
    syncs: count,
    requestBytes: bytes,
    responseBytes: responses.bytes,
    largestResponse: responses.largest,
    ms: Math.round(ms),
    statements: found.statements.length,
    readInPart: found.unread.filter((u) => u.reason === "tooLarge").length,
  };
  return figures;
}
