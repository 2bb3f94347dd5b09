/*
 * Peer sheets FIN knows by name: each build names FIN's area FIN_peers_<n>, the memory is keyed by
 * that name, so a renamed sheet still refreshes; sheets built before names still refresh by their
 * sheet's name; listing never reads FIN's own output (peer sheets, Analyze blocks) as statements.
 * Through the simulated Office.js, read back cell by cell. Needs `npm run build` (dist/functions.js).
 */
import { analysisChoices, readSelection, writeAnalysis } from "../../src/excel/analyze";
import * as peers from "../../src/excel/peers";
import type { FoundStatement } from "../../src/excel/peers";
import { resetSyncCounter, syncCounter } from "../../src/workbench/host";
import type { EditableWorkbook } from "../../src/workbench/model";
import { peersEn } from "../../src/taskpane/strings/peers";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
import { valueOf } from "../helpers/outcome";
import { freshExcel } from "../helpers/simulatedExcel";

// The actions as they must succeed here: a failure fails the test with its reason.
const findPeerStatements = async () => valueOf(await peers.findPeerStatements());
const readPeerSheets = async () => valueOf(await peers.readPeerSheets());
const buildPeerSheet = peers.buildPeerSheet;
const refreshPeerSheet = peers.refreshPeerSheet;

const host = globalThis as unknown as {
  Excel: { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
};
let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = freshExcel();
});

const AGORA = fixture("agora-quarterly-q1-2021-2022.csv");
const TWILIO = fixture("peers/twilio-like-q1-2021-2022.csv");

function typeSheet(name: string, rows: string[][], row = 0, col = 0): void {
  if (!wb.sheetNames().includes(name)) wb.addSheet(name);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput(name, row + r, col + c, v)));
}

function value(sheet: string, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return wb.cell(sheet, Number(m[2]) - 1, col).value;
}

/** The workbook's names, as Office.js reads them: [name, formula]. */
function names(): Promise<string[][]> {
  return host.Excel.run(async (context) => {
    const items = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    return items.items.map((n) => [n.name, String(n.formula)]);
  });
}

async function buildAgoraTwilio() {
  const { statements } = await findPeerStatements();
  const chosen = ["Agora", "Twilio"].map((n) => statements.find((f) => f.sheet === n)!);
  const built = await buildPeerSheet({
    companies: chosen.map((f: FoundStatement) => ({
      id: f.id,
      sheet: f.sheet,
      table: f.table,
      name: f.sheet,
    })),
    metrics: ["netLossRate"],
    basis: { kind: "latest" },
    transpose: false,
    chartMetric: "netLossRate",
    text: peersEn.sheet,
    language: "en",
    builtAt: "2024-05-01 14:03",
  });
  if (!built.ok) throw new Error(built.failure.reason);
  return built;
}

/** Q2 2022 arrives on Agora's sheet: revenue 41.0, net loss −20.5. */
function agoraQ2(): void {
  wb.typeInput("Agora", 0, 3, "Q2 2022");
  wb.typeInput("Agora", 1, 3, "41.0");
  wb.typeInput("Agora", 4, 3, "-20.5");
}

test("a built peer sheet is named FIN_peers_1 over the area FIN wrote, in the build's 2 round trips", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  resetSyncCounter(globalThis);
  const built = await buildAgoraTwilio();
  expect(built.value.remembered.name).toBe("FIN_peers_1");
  // Header, period row, one metric row, then the notes: what remembered.area says FIN wrote.
  expect(built.value.remembered.area).toBe(built.value.plan.area);
  const area = built.value.plan.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  expect(await names()).toEqual([["FIN_peers_1", `='Peer comparison'!${area}`]]);
});

test("renamed by the analyst, the peer sheet is listed by its new name and Refresh still rolls it forward", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  const built = await buildAgoraTwilio();
  wb.renameSheet("Peer comparison", "Comps Q1");
  wb.typeInput("Comps Q1", 2, 4, "0.5"); // the analyst's own figure over the peer mean (E3)
  agoraQ2();

  expect((await readPeerSheets()).map((e) => [e.name, e.sheet])).toEqual([
    ["FIN_peers_1", "Comps Q1"],
  ]);
  const { context } = await findPeerStatements();
  expect(context.sheets.map((e) => e.sheet)).toEqual(["Comps Q1"]);

  resetSyncCounter(globalThis);
  const refreshed = await refreshPeerSheet("FIN_peers_1", peersEn.sheet, "en", "2024-08-01 09:00");
  expect(syncCounter(globalThis).count).toBe(4); // 3 listing (memory and names in the first) + 1 write
  if (!refreshed.ok) throw new Error(refreshed.failure.reason);
  expect(refreshed.value.sheetName).toBe("Comps Q1");
  expect(wb.sheetNames()).toEqual(["Sheet1", "Agora", "Twilio", "Comps Q1"]);
  expect(value("Comps Q1", "B2")).toBe("Q2 2022");
  expect(value("Comps Q1", "B3")).toBeCloseTo(20.5 / 41, 10); // 50 %
  expect(value("Comps Q1", "C3")).toBeCloseTo(220 / 875, 10); // Twilio's Q1 2022, 25.14 %
  expect(value("Comps Q1", "D3")).toBeCloseTo((20.5 / 41 + 220 / 875) / 2, 10); // median
  expect(value("Comps Q1", "E3")).toBe(0.5); // kept
  expect(refreshed.value.kept).toEqual(["E3"]);
  // The name stays one, over the sheet's new name.
  const area = built.value.plan.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  expect(await names()).toEqual([["FIN_peers_1", `='Comps Q1'!${area}`]]);
  expect((await readPeerSheets()).map((e) => [e.name, e.sheet])).toEqual([
    ["FIN_peers_1", "Comps Q1"],
  ]);
  // A second Refresh keeps the analyst's figure too: it stays theirs, not FIN's.
  const again = await refreshPeerSheet("FIN_peers_1", peersEn.sheet, "en", "2024-08-02 09:00");
  if (!again.ok) throw new Error(again.failure.reason);
  expect(again.value.kept).toEqual(["E3"]);
  expect(value("Comps Q1", "E3")).toBe(0.5);
  expect(value("Comps Q1", "B3")).toBeCloseTo(20.5 / 41, 10);
});

test("building again into the renamed sheet rewrites it in place, found through its name", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  await buildAgoraTwilio();
  wb.renameSheet("Peer comparison", "Comps");
  const { statements, context } = await findPeerStatements();
  const again = await buildPeerSheet({
    companies: statements.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.sheet })),
    metrics: ["revenueGrowth", "netLossRate"],
    basis: { kind: "latest" },
    transpose: false,
    chartMetric: null,
    text: peersEn.sheet,
    language: "en",
    into: context.sheets[0].sheet,
  });
  if (!again.ok) throw new Error(again.failure.reason);
  expect(again.value.updated).toBe(true);
  expect(again.value.remembered.name).toBe("FIN_peers_1");
  expect(wb.sheetNames()).toEqual(["Sheet1", "Agora", "Twilio", "Comps"]);
  // Agora's revenue growth Q1 2021 → Q1 2022: 38.59 ÷ 40.20 − 1 = −4.0 %.
  expect(value("Comps", "A3")).toBe("Revenue growth (YoY)");
  expect(value("Comps", "B3")).toBeCloseTo(38.59 / 40.2 - 1, 10);
  expect((await names()).map(([n]) => n)).toEqual(["FIN_peers_1"]);
  expect((await readPeerSheets()).map((e) => e.sheet)).toEqual(["Comps"]);
});

test("a peer sheet built before FIN named them (memory keyed by sheet) still refreshes, then gets its name", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  await buildAgoraTwilio();
  // As an older FIN left it: no workbook name, the entry without one.
  await host.Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject("FIN.peerSheets").load("value");
    context.workbook.names.getItem("FIN_peers_1").delete();
    await context.sync();
    const entries = (setting.value as Array<Record<string, unknown>>).map((e) => {
      const old = { ...e };
      delete old.name;
      return old;
    });
    context.workbook.settings.add("FIN.peerSheets", entries);
    await context.sync();
  });
  expect(await names()).toEqual([]);
  // Not a company to compare, though no name covers it.
  const listed = await findPeerStatements();
  expect(listed.statements.map((f) => f.sheet)).toEqual(["Agora", "Twilio"]);
  expect(listed.context.sheets.map((e) => [e.name, e.sheet])).toEqual([
    [undefined, "Peer comparison"],
  ]);

  agoraQ2();
  resetSyncCounter(globalThis);
  const refreshed = await refreshPeerSheet("Peer comparison", peersEn.sheet, "en");
  expect(syncCounter(globalThis).count).toBe(4);
  if (!refreshed.ok) throw new Error(refreshed.failure.reason);
  expect(value("Peer comparison", "B3")).toBeCloseTo(20.5 / 41, 10);
  // Named now, and remembered once, under its name.
  expect((await names()).map(([n]) => n)).toEqual(["FIN_peers_1"]);
  expect((await readPeerSheets()).map((e) => [e.name, e.sheet])).toEqual([
    ["FIN_peers_1", "Peer comparison"],
  ]);
});

test("cells under a FIN_peers_* or FIN_analysis_* name are never listed, though they read as a statement", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  await buildAgoraTwilio();
  expect((await findPeerStatements()).statements.map((f) => f.sheet)).toEqual(["Agora", "Twilio"]);
  // A statement's cells on a sheet of FIN's: listed only while no FIN name covers them.
  typeSheet("Peer comparison", AGORA, 30, 0);
  typeSheet("Twilio", AGORA, 0, 5); // F1:H5, beside Twilio's own statement
  const bare = await findPeerStatements();
  expect(bare.statements.map((f) => f.address)).toEqual([
    "Agora!A1:C5",
    "Twilio!A1:C9",
    "Twilio!F1:H5",
    "'Peer comparison'!A31:C35",
  ]);
  await host.Excel.run(async (context) => {
    context.workbook.names.add("FIN_peers_2", "='Peer comparison'!$A$31:$C$35");
    context.workbook.names.add("FIN_analysis_1", "=Twilio!$F$1:$H$5");
    await context.sync();
  });
  resetSyncCounter(globalThis);
  const named = await findPeerStatements();
  expect(syncCounter(globalThis).count).toBe(3); // the names come back in the first round trip
  expect(named.statements.map((f) => [f.name, f.address])).toEqual([
    ["Agora", "Agora!A1:C5"],
    ["Twilio", "Twilio!A1:C9"],
  ]);
  expect(named.unread).toEqual([]);
});

test("an Analyze block beside a statement is not listed as a second statement", async () => {
  typeSheet("Agora", AGORA);
  wb.select({ sheet: "Agora", row: 0, col: 0, rowCount: 5, colCount: 3 });
  const read = await readSelection();
  if (!read.ok) throw new Error(read.failure.reason);
  const written = await writeAnalysis({
    statement: read.value.statement,
    source: read.value.source,
    options: analysisChoices(read.value.statement).defaults,
    placement: "beside",
  });
  if (!written.ok) throw new Error("not written");
  const { statements, unread } = await findPeerStatements();
  expect(statements.map((f) => [f.name, f.address, f.latest])).toEqual([
    ["Agora", "Agora!A1:C5", "Q1 2022"],
  ]);
  expect(unread).toEqual([]);
});
