/*
 * Compare peers through Office.js, against the simulated host in Node: round trips, request sizes,
 * existing sheets left alone, the chart's series. Needs `npm run build` (dist/functions.js).
 */
import {
  buildPeerSheet,
  findPeerStatements,
  insertSampleStatements,
  type FoundStatement,
  type MetricId,
} from "../../src/excel/peers";
import {
  REQUEST_PAYLOAD_LIMIT,
  installOfficeHost,
  resetSyncCounter,
  syncCounter,
} from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";
import { peersEn } from "../../src/taskpane/strings/peers";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";
import { valueOf } from "../helpers/outcome";
import { peerLike } from "../helpers/syntheticStatements";

const host = globalThis;
let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = createWorkbook();
  installOfficeHost(host, wb);
});

function typeSheet(name: string, rows: string[][]): void {
  wb.addSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => wb.typeInput(name, r, c, v)));
}

const AGORA = fixture("agora-quarterly-q1-2021-2022.csv");
const XIMALAYA = fixture("ximalaya-annual-2018-2020.csv");

/** `count` Agora-like companies, each a little different, some with names Excel quotes. */
function addCompanies(count: number): void {
  for (let i = 0; i < count; i++)
    typeSheet(i % 3 === 0 ? `Co ${i}'s Inc.` : `Company${i}`, peerLike(AGORA, i));
}

/** Every cell of the existing sheets, to show the build writes into none of them. */
function snapshot(): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const sheet of wb.sheetNames()) {
    const used = wb.usedRange(sheet);
    out[sheet] = [];
    if (!used) continue;
    for (let r = 0; r < used.row + used.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < used.col + used.colCount; c++) {
        const cell = wb.cell(sheet, r, c);
        row.push([cell.formula, cell.numberFormat, JSON.stringify(cell.format)]);
      }
      out[sheet].push(row);
    }
  }
  return out;
}

async function build(
  found: FoundStatement[],
  metrics: MetricId[],
  chartMetric: MetricId | null = "netLossRate"
) {
  return buildPeerSheet({
    companies: found.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.name })),
    metrics,
    basis: { kind: "latest" },
    transpose: false,
    chartMetric,
    text: peersEn.sheet,
    language: "en",
    builtAt: "2024-05-01 14:03",
  });
}

const text = (sheet: string, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return wb.cell(sheet, Number(m[2]) - 1, col);
};

test("listing the statements takes 3 round trips; a blank sheet is not named as unread", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  typeSheet("Notes", [["just some words"], ["and more"]]);
  resetSyncCounter(host);
  const found = valueOf(await findPeerStatements());
  expect(syncCounter(host).count).toBe(3);
  expect(found.statements.map((f) => [f.id, f.name, f.address, f.latest])).toEqual([
    ["range:Agora!A1:C5", "Agora", "Agora!A1:C5", "Q1 2022"],
    ["range:Ximalaya!A1:D10", "Ximalaya", "Ximalaya!A1:D10", "2020年"],
  ]);
  expect(found.unread).toEqual([{ sheet: "Notes", reason: "noNumbers" }]);
});

test("a statement in an Excel table is listed by its table, named by its sheet", async () => {
  wb.addSheet("Deck");
  wb.typeInput("Deck", 0, 0, "Board deck, page 3");
  AGORA.forEach((row, r) => row.forEach((v, c) => wb.typeInput("Deck", 3 + r, 2 + c, v)));
  wb.addTable({ sheet: "Deck", row: 3, col: 2, rowCount: 5, colCount: 3 }, true);
  const found = valueOf(await findPeerStatements());
  expect(found.statements.map((f) => [f.id.split(":")[0], f.name, f.address])).toEqual([
    ["table", "Deck", "Deck!C4:E8"],
  ]);
});

test("the build values: Agora's loss rate, Ximalaya's period expense ratio, statistics", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  const before = snapshot();
  const result = await build(statements, ["revenueGrowth", "netLossRate", "periodExpenseRatio"]);
  expect(result.ok).toBe(true);
  const s = "Peer comparison";
  expect(text(s, "B3").value).toBeCloseTo(-0.04, 3);
  expect(text(s, "B3").text).toBe("-4.0%");
  expect(text(s, "B4").text).toBe("69.8%");
  expect(text(s, "C5").text).toBe("65.0%");
  expect(text(s, "B5").value).toBe(""); // no admin line at Agora: blank, not 0
  expect(text(s, "D4").value).toBeCloseTo((26.94 / 38.59 + 6.05 / 40.5) / 2, 10); // median of both
  expect(text(s, "H4").value).toBe("the lowest");
  expect(text(s, "A1").format.bold).toBe(true);
  expect(wb.sheet(s)).toMatchObject({ frozenRows: 2, frozenColumns: 1 });
  expect(
    wb
      .conditionalFormats(s)
      .map((c) => [c.range, c.type])
      .sort()
  ).toEqual([
    ["'Peer comparison'!B3:C3", "ColorScale"],
    ["'Peer comparison'!B4:C4", "ColorScale"],
    ["'Peer comparison'!B5:C5", "ColorScale"],
  ]);
  expect(wb.activeSheet()).toBe(s);
  const after = snapshot();
  delete after[s];
  expect(after).toEqual(before);
  // The comparison sheet is not itself listed as a statement afterwards.
  expect(valueOf(await findPeerStatements()).statements.map((f) => f.sheet)).toEqual([
    "Agora",
    "Ximalaya",
  ]);
});

test("the chart: a clustered column chart of the chosen metric, series by rows, beside the table", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  await build(statements, ["revenueGrowth", "netLossRate"], "netLossRate");
  const [chart] = wb.charts("Peer comparison");
  expect(chart.type).toBe("ColumnClustered");
  expect(chart.seriesBy).toBe("Rows");
  expect(chart.title).toBe("Net loss rate, latest period");
  expect(chart.categories).toEqual(["Agora", "Ximalaya"]);
  expect(chart.series.map((x) => x.name)).toEqual(["Net loss rate"]);
  expect(chart.series[0].values[0]).toBeCloseTo(26.94 / 38.59, 9);
  expect(chart.series[0].values[1]).toBeCloseTo(6.05 / 40.5, 9);
  expect(chart.left).toBe(9); // column J: one column clear of the table (A:H)
  expect(chart.valueAxisFormat).toBe("0%");
});

test("asked for a new sheet, a second build adds Peer comparison (2) and leaves the first untouched", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  await build(statements, ["netLossRate"]);
  const first = snapshot();
  const second = await build(statements, ["revenueGrowth"]);
  expect(second.ok && second.value.sheetName).toBe("Peer comparison (2)");
  const after = snapshot();
  delete after["Peer comparison (2)"];
  expect(after).toEqual(first);
});

test("a statement that no longer reads is reported by name, and nothing is written", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  for (let r = 0; r < 10; r++) for (let c = 0; c < 4; c++) wb.typeInput("Ximalaya", r, c, "");
  const result = await build(statements, ["netLossRate"]);
  expect(result).toEqual({
    ok: false,
    failure: { reason: "notRecognised", detail: { name: "Ximalaya" } },
  });
  expect(wb.sheetNames()).not.toContain("Peer comparison");
});

describe.each([2, 10, 50])("%i companies", (count) => {
  test("at most 3 round trips, each request under 5 MB", async () => {
    addCompanies(count);
    const { statements } = valueOf(await findPeerStatements());
    expect(statements).toHaveLength(count);
    resetSyncCounter(host);
    const result = await build(statements, [
      "revenueGrowth",
      "netLossRate",
      "netMargin",
      "sellingExpenseRatio",
      "rdExpenseRatio",
    ]);
    const { count: syncs, bytes } = syncCounter(host);
    expect(result.ok).toBe(true);
    expect(syncs).toBe(2); // one read, one write (a third only past the 5 MB request cap)
    expect(bytes).toBeLessThan(REQUEST_PAYLOAD_LIMIT); // all requests together: so each one too
    // Measured figures for the report.
    if (process.env.FIN_TEST_FIGURES)
      console.log(`${count} companies: ${syncs} syncs, ${bytes} request bytes`);
    const last = count - 1;
    const name = last % 3 === 0 ? `'Co ${last}''s Inc.'` : `Company${last}`;
    const cell = wb.cell("Peer comparison", 3, count); // net loss rate of the last company
    expect(unguarded(cell.formula)).toBe(`=FIN.LOSSRATE(${name}!C5,${name}!C2)`);
    expect(cell.value).toBeCloseTo(26.94 / (38 + last * 1.5), 9);
  });
});

test("Insert sample statements: new sheets with free names, 2 round trips", async () => {
  typeSheet("Agora", AGORA);
  const before = snapshot();
  resetSyncCounter(host);
  const added = valueOf(await insertSampleStatements());
  expect(syncCounter(host).count).toBe(2);
  expect(added).toEqual([
    "Agora (2)",
    "Ximalaya",
    "Zoom-like",
    "Twilio-like",
    "荔枝（示意）",
    "哔哩哔哩（示意）",
  ]);
  const after = snapshot();
  for (const name of added) delete after[name];
  expect(after).toEqual(before);
  expect(wb.cell("Ximalaya", 1, 1).value).toBe("2018年"); // headers stay text
  expect(wb.cell("Ximalaya", 2, 3).value).toBe(40.5);
  const { statements } = valueOf(await findPeerStatements());
  expect(statements.map((f) => f.sheet)).toEqual(["Agora", ...added]);
});
