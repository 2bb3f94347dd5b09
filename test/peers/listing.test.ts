/*
 * Compare peers, listing, through the simulated Office.js: statements anywhere on a sheet, two on
 * one sheet, every sheet FIN could not read named with its reason, 3 round trips and each response
 * under Excel on the web's 5 MB cap. Needs `npm run build` (dist/functions.js) for the build test.
 */
import { buildPeerSheet, findPeerStatements } from "../../src/excel/peers";
import {
  RESPONSE_PAYLOAD_LIMIT,
  installOfficeHost,
  resetSyncCounter,
  syncCounter,
  syncResponses,
} from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";
import { peersEn } from "../../src/taskpane/strings/peers";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";
import { valueOf } from "../helpers/outcome";

const host = globalThis;
let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = createWorkbook();
  installOfficeHost(host, wb);
});

const AGORA = fixture("agora-quarterly-q1-2021-2022.csv");
const XIMALAYA = fixture("ximalaya-annual-2018-2020.csv");

/** Types `rows` with their top-left cell at (row, col), adding the sheet if it is new. */
function put(sheet: string, rows: string[][], row = 0, col = 0): void {
  if (!wb.sheetNames().includes(sheet)) wb.addSheet(sheet);
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput(sheet, row + r, col + c, v)));
}

async function listed() {
  resetSyncCounter(host);
  const found = valueOf(await findPeerStatements());
  return { ...found, syncs: syncCounter(host).count, responses: syncResponses(host) };
}

test("a statement at row 400, column BA is listed, with its address and latest period", async () => {
  put("Deep", AGORA, 399, 52);
  const { statements, unread, syncs } = await listed();
  expect(statements.map((f) => [f.name, f.address, f.latest])).toEqual([
    ["Deep", "Deep!BA400:BC404", "Q1 2022"],
  ]);
  expect(unread).toEqual([]);
  expect(syncs).toBe(3);
});

test("periods running past column AZ: the latest is the last column's, Q4 2022", async () => {
  // 52 quarters, Q1 2010 in B … Q4 2022 in BA.
  const quarters = Array.from(
    { length: 52 },
    (_, i) => `Q${(i % 4) + 1} ${2010 + Math.floor(i / 4)}`
  );
  put("Long", [
    ["USD in millions", ...quarters],
    ["Total revenues", ...quarters.map((_, i) => String(10 + i))],
    ["Net loss", ...quarters.map((_, i) => `(${1 + i})`)],
  ]);
  const [found] = (await listed()).statements;
  expect(found.address).toBe("Long!A1:BA3");
  expect(found.latest).toBe("Q4 2022");
});

test("a net loss line on row 319 is read: the loss rate is offered", async () => {
  const filler = Array.from({ length: 316 }, (_, i) => [`Other item ${i + 1}`, "1.0", "1.0"]);
  // Rows 1–2 header and revenue, 3–318 other lines, 319 net loss.
  put("Tall", [AGORA[0], AGORA[1], ...filler, AGORA[4]]);
  const [found] = (await listed()).statements;
  const netLoss = found.statement.lines.find((l) => l.meaning === "netIncome");
  expect(netLoss?.index).toBe(318); // 0-based row of sheet row 319
  expect(netLoss?.values).toEqual([-14.67, -26.94]);
  expect(found.metrics).toContain("netLossRate");
});

test("an annual statement above a quarterly one, blank rows between, gives two statements", async () => {
  put("Both", XIMALAYA);
  put("Both", AGORA, 12); // rows 11–12 blank
  const { statements, unread } = await listed();
  expect(statements.map((f) => [f.name, f.address, f.latest, f.statement.periods[0].kind])).toEqual(
    [
      ["Both", "Both!A1:D10", "2020年", "year"],
      ["Both (2)", "Both!A13:C17", "Q1 2022", "quarter"],
    ]
  );
  expect(unread).toEqual([]);
});

test("two statements side by side, a blank column between, are two; the build reads each", async () => {
  put("Pair", XIMALAYA);
  put("Pair", AGORA, 0, 5); // column E blank
  const { statements } = await listed();
  expect(statements.map((f) => [f.name, f.address])).toEqual([
    ["Pair", "Pair!A1:D10"],
    ["Pair (2)", "Pair!F1:H5"],
  ]);
  const built = await buildPeerSheet({
    companies: statements.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.name })),
    metrics: ["netLossRate"],
    basis: { kind: "latest" },
    transpose: false,
    chartMetric: null,
    text: peersEn.sheet,
    language: "en",
    builtAt: "2024-05-01 14:03",
  });
  expect(built.ok).toBe(true);
  // Agora's Q1 2022 loss rate, from column H of the shared sheet: 26.94 / 38.59.
  const cell = wb.cell("Peer comparison", 2, 2);
  expect(unguarded(cell.formula)).toBe("=FIN.LOSSRATE(Pair!H5,Pair!H2)");
  expect(cell.value).toBeCloseTo(26.94 / 38.59, 9);
});

test("spacer rows and a title above a blank row stay with their statement", async () => {
  put("Spaced", [["Agora Inc. — unaudited"], [""], ...AGORA.slice(0, 2), [""], ...AGORA.slice(2)]);
  const { statements } = await listed();
  expect(statements.map((f) => [f.address, f.statement.lines.length])).toEqual([
    ["Spaced!A1:C8", 4],
  ]);
  expect(statements[0].statement.unit?.currency).toBe("USD");
});

test("every sheet FIN could not read is named, with the reason; blank and hidden sheets are not", async () => {
  put("Agora", AGORA);
  put("Notes", [["just some words"], ["and more"]]);
  put("Costs", [AGORA[0], ...AGORA.slice(2)]); // no revenue line
  put("Dump", [
    ["a", "b"],
    ["1", "2"],
  ]); // no periods
  wb.addSheet("Empty");
  put("Hidden", [["x"], ["1"]]);
  wb.updateSheet("Hidden", { visibility: "Hidden" });
  const { statements, unread } = await listed();
  expect(statements.map((f) => f.name)).toEqual(["Agora"]);
  expect(unread).toEqual([
    { sheet: "Notes", reason: "noNumbers" },
    { sheet: "Costs", reason: "noRevenue" },
    { sheet: "Dump", reason: "noPeriods" },
  ]);
});

test("a table is listed by its table; the rest of its sheet by its own blocks", async () => {
  put("Deck", [["Board deck, page 3"]]);
  put("Deck", AGORA, 3, 2);
  wb.addTable({ sheet: "Deck", row: 3, col: 2, rowCount: 5, colCount: 3 }, true);
  put("Deck", XIMALAYA, 20, 0);
  const { statements } = await listed();
  expect(statements.map((f) => [f.id.split(":")[0], f.name, f.address])).toEqual([
    ["table", "Deck Table1", "Deck!C4:E8"],
    ["range", "Deck", "Deck!A21:D30"],
  ]);
});

test("40 sheets list in 3 round trips, each response under 5 MB", async () => {
  for (let i = 0; i < 40; i++) put(`Co ${i}`, AGORA, i * 3, i);
  const { statements, syncs, responses } = await listed();
  expect(statements).toHaveLength(40);
  expect(syncs).toBe(3);
  expect(responses.largest).toBeGreaterThan(0);
  expect(responses.largest).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
});

/** Figures 50 columns wide from row `row` (0-based) on, `count` cells in all: no text among them. */
function filler(sheet: string, count: number, row = 0, col = 0): void {
  if (!wb.sheetNames().includes(sheet)) wb.addSheet(sheet);
  for (let k = 0; k < count; k++)
    wb.writeValue(
      sheet,
      row + Math.floor(k / 50),
      col + (k % 50),
      Math.round(k * 1.37 * 100) / 100
    );
}

const AGORA_2022 = [
  ["USD in millions", "Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022"],
  ["Total revenues", "38.59", "41.00", "39.67", "40.12"],
  ["Research and development", "31.03", "30.10", "29.50", "28.00"],
  ["Sales and marketing", "13.86", "12.40", "11.90", "11.20"],
  ["Net loss", "(26.94)", "(20.50)", "(18.30)", "(15.08)"],
];

test("a statement in the lower right of a 50,000-cell sheet, past column AZ and row 1,000, is listed", async () => {
  // 50,000 figures in A1:AX1000; the statement at CW1501:DA1505. Used range A1:DA1505, 158,025
  // cells: over the 98,304-cell budget, so only the window around the sheet's text is read.
  filler("Big", 50_000);
  put("Big", AGORA_2022, 1500, 100);
  const { statements, unread, syncs, responses } = await listed();
  expect(syncs).toBe(3);
  expect(responses.largest).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
  expect(statements.map((f) => [f.name, f.address, f.latest])).toEqual([
    ["Big", "Big!CW1501:DA1505", "Q4 2022"],
  ]);
  const revenue = statements[0].statement.lines.find((l) => l.meaning === "revenue");
  expect(revenue?.values).toEqual([38.59, 41, 39.67, 40.12]);
  expect(unread).toEqual([]);
  // The window and the addresses, not 158,025 cells: well under a tenth of the cap.
  expect(responses.largest).toBeLessThan(RESPONSE_PAYLOAD_LIMIT / 10);
});

test("years typed as numbers over labels in the lower right: the periods beside the labels are read", async () => {
  filler("Annual", 50_000);
  put(
    "Annual",
    [
      ["RMB in thousands", "2020", "2021", "2022"],
      ["Total revenues", "4,076", "5,857", "6,160"],
      ["Net loss", "(768)", "(508)", "(2,056)"],
    ],
    1500,
    100
  );
  const { statements, unread } = await listed();
  expect(
    statements.map((f) => [f.address, f.latest, f.statement.periods.map((p) => p.label)])
  ).toEqual([["Annual!CW1501:CZ1503", "2022", ["2020", "2021", "2022"]]]);
  expect(unread).toEqual([]);
});

test("a sheet whose text windows don't fit is read from its top-left corner and named with what was read", async () => {
  // 2,000 rows × 50 columns = 100,000 cells, over the 98,304-cell budget (3 MB at 32 bytes a cell),
  // a label on every row: the window around the text is the whole sheet.
  wb.addSheet("Data");
  for (let r = 0; r < 2000; r++) {
    wb.writeValue("Data", r, 0, `Item ${r + 1}`);
    for (let c = 1; c < 50; c++) wb.writeValue("Data", r, c, r * 50 + c + 0.25);
  }
  // Agora at A1:C5, blank to its right and on rows 6–10; labelled figures from row 11 on.
  for (let c = 0; c < 50; c++) for (let r = 0; r < 10; r++) wb.writeValue("Data", r, c, "");
  put("Data", AGORA);
  const { statements, unread, syncs, responses } = await listed();
  expect(syncs).toBe(3);
  expect(responses.largest).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
  expect(statements.map((f) => [f.name, f.address])).toEqual([["Data", "Data!A1:C5"]]);
  // 98,304 cells over 50 columns: 1,966 rows.
  expect(unread).toEqual([
    { sheet: "Data", reason: "tooLarge", read: "Data!A1:AX1966", cells: 100000 },
  ]);
});

test("30 sheets of 50,000 cells each: 30 statements, none read in part, 3 round trips under 5 MB", async () => {
  for (let i = 0; i < 30; i++) {
    put(`Sheet ${i + 1}`, AGORA);
    filler(`Sheet ${i + 1}`, 50_000 - 15, 6); // one blank row under the statement
  }
  const { statements, unread, syncs, responses } = await listed();
  expect(syncs).toBe(3);
  expect(responses.largest).toBeLessThanOrEqual(RESPONSE_PAYLOAD_LIMIT);
  expect(statements.map((f) => [f.address, f.latest])).toEqual(
    Array.from({ length: 30 }, (_, i) => [`'Sheet ${i + 1}'!A1:C5`, "Q1 2022"])
  );
  expect(unread).toEqual([]);
});

test("cells of long text, over the 5 MB response once read: one more round trip reads a quarter as much", async () => {
  // 800 rows × 50 columns of 150-character notes: about 6.5 MB as JSON, estimated at 1.3 MB.
  wb.addSheet("Notes");
  const note = "n".repeat(150);
  for (let r = 0; r < 800; r++) for (let c = 0; c < 50; c++) wb.writeValue("Notes", r, c, note);
  put("Agora", AGORA);
  const { statements, unread, syncs, responses } = await listed();
  expect(syncs).toBe(4);
  expect(responses.largest).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
  expect(statements.map((f) => f.name)).toEqual(["Agora"]);
  // A quarter of 98,304 cells is 24,576: Agora's 15 whole, then 491 rows of 50 columns of notes.
  expect(unread).toEqual([
    { sheet: "Notes", reason: "tooLarge", read: "Notes!A1:AX491", cells: 40000 },
  ]);
});

test("so many separate text areas that their addresses alone pass 5 MB: a 4th round trip reads used ranges only", async () => {
  // 4 sheets of 350 rows × 200 columns (A1:GR350), text in every other cell like a checkerboard
  // (blank between): each text cell is an area of its own, 35,000 a sheet. Their addresses
  // (`'Checkered labels and figures 1'!A1, …`, 33 bytes of sheet name each) come to 1,384,665
  // bytes a sheet, 5,538,660 for the 4: over the 5,242,880 cap, so Excel refuses round trip 2.
  const names = [1, 2, 3, 4].map((n) => `Checkered labels and figures ${n}`);
  for (const name of names) {
    wb.addSheet(name);
    for (let r = 0; r < 350; r++)
      for (let c = r % 2; c < 200; c += 2) wb.writeValue(name, r, c, "a");
  }
  put("Agora", AGORA);
  const { statements, unread, syncs, responses } = await listed();
  expect(syncs).toBe(4);
  expect(responses.largest).toBeLessThanOrEqual(RESPONSE_PAYLOAD_LIMIT);
  expect(statements.map((f) => [f.name, f.address, f.latest])).toEqual([
    ["Agora", "Agora!A1:C5", "Q1 2022"],
  ]);
  // Text not known: each sheet's used range is its window. Agora's 15 cells whole; the 98,289
  // left shared by 4 sheets of 70,000: 24,572 first, 350 rows × 70 columns (A:BR) = 24,500 each.
  expect(unread).toEqual(
    names.map((sheet) => ({
      sheet,
      reason: "tooLarge",
      read: `'${sheet}'!A1:BR350`,
      cells: 70000,
    }))
  );
});
