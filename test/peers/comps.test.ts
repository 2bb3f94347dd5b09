/*
 * The peer sheet an analyst pastes into a note, built through Office.js against the simulated
 * host and read back cell by cell: a subject company, sizes on one scale with a rate input,
 * several periods side by side, a chart with a percent axis, and a sheet that Refresh rolls
 * forward in place. Every figure is worked by hand in the comment beside it.
 * Needs `npm run build` (dist/functions.js).
 */
import {
  buildPeerSheet,
  findPeerStatements,
  readPeerSheets,
  refreshPeerSheet,
  type FoundStatement,
  type MetricId,
} from "../../src/excel/peers";
import { installOfficeHost, resetSyncCounter, syncCounter } from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";
import { peersEn, peersZhCN } from "../../src/taskpane/strings/peers";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
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

function typeSheet(name: string, rows: string[][]): void {
  wb.addSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => wb.typeInput(name, r, c, v)));
}

function cell(sheet: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return wb.cell(sheet, Number(m[2]) - 1, col);
}
const value = (sheet: string, address: string) => cell(sheet, address).value;

function byName(found: FoundStatement[], ...names: string[]): FoundStatement[] {
  return names.map((n) => found.find((f) => f.sheet === n)!);
}

const AGORA = fixture("agora-quarterly-q1-2021-2022.csv");
const XIMALAYA = fixture("ximalaya-annual-2018-2020.csv");
const TWILIO = fixture("peers/twilio-like-q1-2021-2022.csv");
const ZOOM = fixture("peers/zoom-like-q1-fy2022-fy2023.csv");
const LIZHI = fixture("peers/lizhi-like-annual-2018-2020.csv");
const BILIBILI = fixture("peers/bilibili-like-annual-2019-2020.csv");

function chosen(found: FoundStatement[]) {
  return found.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.sheet }));
}

const common = {
  basis: { kind: "latest" } as const,
  transpose: false,
  text: peersEn.sheet,
  language: "en" as const,
  builtAt: "2024-05-01 14:03",
};

describe("Agora against Twilio and Zoom (all USD millions), Agora the subject", () => {
  let sheet: string;
  beforeEach(async () => {
    typeSheet("Agora", AGORA);
    typeSheet("Twilio", TWILIO);
    typeSheet("Zoom", ZOOM);
    const { statements } = valueOf(await findPeerStatements());
    const companies = byName(statements, "Twilio", "Agora", "Zoom");
    const result = await buildPeerSheet({
      ...common,
      companies: chosen(companies),
      metrics: ["size:revenue", "netLossRate"] as MetricId[],
      chartMetric: "netLossRate",
      subject: companies[1].id,
      sizeUnit: { currency: "USD", scale: 1e6 },
    });
    if (!result.ok) throw new Error(result.failure.reason);
    sheet = result.value.sheetName;
  });

  test("the subject comes first; peer statistics leave it out; rank and difference once per metric", () => {
    const header = ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1", "K1"].map((a) =>
      value(sheet, a)
    );
    expect(header).toEqual([
      "Metric",
      "Agora",
      "Twilio",
      "Zoom",
      "Peer median (excl. Agora)",
      "Peer mean (excl. Agora)",
      "Peer max (excl. Agora)",
      "Peer min (excl. Agora)",
      "Agora vs peer median",
      "Agora's rank of 3",
      "Rank 1 is",
    ]);
    expect(["B2", "C2", "D2"].map((a) => value(sheet, a))).toEqual([
      "Q1 2022",
      "Q1 2022",
      "Q1 FY2023",
    ]);
  });

  test("net loss rate: Agora 26.94 ÷ 38.59; peer median of Twilio 220 ÷ 875 and Zoom −110 ÷ 1070", () => {
    expect(value(sheet, "A4")).toBe("Net loss rate");
    expect(value(sheet, "B4")).toBeCloseTo(26.94 / 38.59, 10); // 69.81 %
    expect(value(sheet, "C4")).toBeCloseTo(220 / 875, 10); // 25.14 %
    expect(value(sheet, "D4")).toBeCloseTo(-110 / 1070, 10); // −10.28 %
    const median = (220 / 875 - 110 / 1070) / 2; // 7.43 %, without Agora
    expect(value(sheet, "E4")).toBeCloseTo(median, 10);
    expect(value(sheet, "G4")).toBeCloseTo(220 / 875, 10);
    expect(value(sheet, "H4")).toBeCloseTo(-110 / 1070, 10);
    // (69.81 % − 7.43 %) in percentage points: 62.38 pp.
    expect(value(sheet, "I4")).toBeCloseTo((26.94 / 38.59 - median) * 100, 8);
    expect(cell(sheet, "I4").numberFormat).toBe('0.0 "pp"');
    // Lower is better: Zoom 1, Twilio 2, Agora 3.
    expect(value(sheet, "J4")).toBe(3);
  });

  test("revenue as a size: USD millions as written; the difference in % of the peer median", () => {
    expect(value(sheet, "A3")).toBe("Revenue (USD millions)");
    expect([value(sheet, "B3"), value(sheet, "C3"), value(sheet, "D3")]).toEqual([
      38.59, 875, 1070,
    ]);
    expect(value(sheet, "E3")).toBeCloseTo(972.5, 10); // (875 + 1070) ÷ 2
    expect(value(sheet, "I3")).toBeCloseTo(38.59 / 972.5 - 1, 10); // −96.0 %
    expect(cell(sheet, "I3").numberFormat).toBe("0.0%");
    expect(value(sheet, "J3")).toBe(3); // the smallest of three
  });

  test("the chart: percent value axis, a title that fits, beside the table and clear of it", () => {
    const [chart] = wb.charts(sheet);
    expect(chart.title).toBe("Net loss rate, latest period");
    expect(chart.valueAxisFormat).toBe("0%");
    expect(chart.left).toBeGreaterThanOrEqual(12); // the table ends at column K (index 10)
    expect(chart.top).toBe(0);
    expect(chart.series[0].values.map((v) => Number(v?.toFixed(4)))).toEqual([
      Number((26.94 / 38.59).toFixed(4)),
      Number((220 / 875).toFixed(4)),
      Number((-110 / 1070).toFixed(4)),
    ]);
  });

  test("the notes describe the layout used and the subject", () => {
    const notes = wb.usedRange(sheet)!;
    const texts: unknown[] = [];
    for (let r = 0; r < notes.rowCount; r++) texts.push(wb.cell(sheet, r, 0).value);
    expect(texts).toContain("Layout: companies across (B–D), metrics down, periods in row 2.");
    expect(texts.some((t) => String(t).startsWith("Subject: Agora, left out"))).toBe(true);
  });
});

test("Ximalaya (RMB 亿元) against Agora (USD millions): one scale through a rate cell the analyst can change", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  const companies = byName(statements, "Ximalaya", "Agora");
  const result = await buildPeerSheet({
    ...common,
    companies: chosen(companies),
    metrics: ["size:revenue"],
    chartMetric: "size:revenue",
    subject: companies[0].id,
    sizeUnit: { currency: "USD", scale: 1e6 },
    rates: { CNY: 0.15 },
  });
  if (!result.ok) throw new Error(result.failure.reason);
  const sheet = result.value.sheetName;
  expect(result.value.plan.rateCells).toEqual([{ key: "CNY", address: "B6" }]);
  expect(value(sheet, "A5")).toBe("Exchange rates (inputs: the sizes follow them)");
  expect(value(sheet, "A6")).toBe("1 RMB in USD");
  expect(value(sheet, "B6")).toBe(0.15);
  // 40.50 亿 = 4,050 RMB millions; × 0.15 = 607.5 USD millions. Agora's 38.59 as written.
  expect(value(sheet, "B3")).toBeCloseTo(607.5, 10);
  expect(value(sheet, "C3")).toBe(38.59);
  expect(cell(sheet, "B3").formula).toBe('=IF(OR(Ximalaya!D2="",$B$6=""),"",Ximalaya!D2*100*$B$6)');
  expect(wb.charts(sheet)[0].valueAxisFormat).toBe("#,##0");

  // The analyst changes the rate on the sheet: the size follows (4,050 × 0.14 = 567).
  wb.typeInput(sheet, 5, 1, "0.14");
  expect(value(sheet, "B3")).toBeCloseTo(567, 10);
  // An empty rate leaves the size blank, never 0.
  wb.typeInput(sheet, 5, 1, "");
  expect(value(sheet, "B3")).toBe("");
});

test("a rate never typed stays an empty input, the size blank, with a note naming the cell", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  const result = await buildPeerSheet({
    ...common,
    companies: chosen(byName(statements, "Agora", "Ximalaya")),
    metrics: ["size:revenue"],
    chartMetric: null,
    sizeUnit: { currency: "USD", scale: 1e6 },
  });
  if (!result.ok) throw new Error(result.failure.reason);
  expect(value(result.value.sheetName, "B6")).toBe("");
  expect(value(result.value.sheetName, "C3")).toBe("");
  expect(result.value.plan.notes).toContain(
    "Ximalaya: Revenue (USD millions) blank until a rate is typed in B6."
  );
});

test("three fiscal years side by side, each company under its own labels; a missing year is blank", async () => {
  typeSheet("Ximalaya", XIMALAYA);
  typeSheet("Lizhi", LIZHI);
  typeSheet("Bilibili", BILIBILI);
  const { statements } = valueOf(await findPeerStatements());
  const result = await buildPeerSheet({
    ...common,
    basis: { kind: "latest", count: 3 },
    companies: chosen(byName(statements, "Ximalaya", "Lizhi", "Bilibili")),
    metrics: ["netLossRate"],
    chartMetric: null,
  });
  if (!result.ok) throw new Error(result.failure.reason);
  const s = result.value.sheetName;
  const row = (r: number) => Array.from({ length: 9 }, (_, c) => wb.cell(s, r, 1 + c).value);
  expect(row(0)).toEqual([
    "Ximalaya",
    "Lizhi",
    "Bilibili",
    "Ximalaya",
    "Lizhi",
    "Bilibili",
    "Ximalaya",
    "Lizhi",
    "Bilibili",
  ]);
  expect(row(1)).toEqual([
    "2018年",
    "2018年",
    "",
    "2019年",
    "2019年",
    "2019年",
    "2020年",
    "2020年",
    "2020年",
  ]);
  // Ximalaya 7.74 ÷ 14.76, 7.73 ÷ 26.77, 6.05 ÷ 40.50; Bilibili has no 2018: blank, not 0.
  expect(value(s, "B3")).toBeCloseTo(7.74 / 14.76, 10);
  expect(value(s, "E3")).toBeCloseTo(7.73 / 26.77, 10);
  expect(value(s, "H3")).toBeCloseTo(6.05 / 40.5, 10);
  expect(value(s, "D3")).toBe("");
  expect(value(s, "J3")).toBeCloseTo(30.5 / 120, 10); // Bilibili 2020
  // Statistics compare the newest year: median of 6.05/40.5, 0.3/15, 30.5/120.
  expect(value(s, "K3")).toBeCloseTo(6.05 / 40.5, 10);
});

test("Refresh rolls the sheet forward in place and keeps the cell the analyst typed", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  const { statements } = valueOf(await findPeerStatements());
  const built = await buildPeerSheet({
    ...common,
    companies: chosen(byName(statements, "Agora", "Twilio")),
    metrics: ["netLossRate"],
    chartMetric: "netLossRate",
  });
  if (!built.ok) throw new Error(built.failure.reason);
  const sheet = built.value.sheetName;
  expect(valueOf(await readPeerSheets()).map((e) => e.sheet)).toEqual(["Peer comparison"]);
  // The analyst overwrites the mean with a figure of their own.
  wb.typeInput(sheet, 2, 4, "0.5");
  // Q2 2022 arrives on Agora's sheet: revenue 41.0, net loss −20.5.
  wb.typeInput("Agora", 0, 3, "Q2 2022");
  wb.typeInput("Agora", 1, 3, "41.0");
  wb.typeInput("Agora", 4, 3, "-20.5");
  const sheetsBefore = wb.sheetNames().length;

  resetSyncCounter(host);
  const refreshed = await refreshPeerSheet(sheet, peersEn.sheet, "en", "2024-08-01 09:00");
  const syncs = syncCounter(host).count;
  if (!refreshed.ok) throw new Error(refreshed.failure.reason);
  expect(syncs).toBe(4); // 3 listing (memory and names in the first) + 1 write
  expect(refreshed.value.sheetName).toBe(sheet);
  expect(wb.sheetNames().length).toBe(sheetsBefore);
  expect(value(sheet, "B2")).toBe("Q2 2022");
  expect(value(sheet, "B3")).toBeCloseTo(20.5 / 41, 10); // 50 %
  expect(cell(sheet, "B3").formula).toContain("Agora!D2");
  // The typed cell is kept and listed; the median beside it is rewritten.
  expect(value(sheet, "E3")).toBe(0.5);
  expect(refreshed.value.kept).toEqual(["E3"]);
  expect(value(sheet, "D3")).toBeCloseTo((20.5 / 41 + 220 / 875) / 2, 10);
  expect(wb.charts(sheet)).toHaveLength(1);
});

test("building again over the peer sheet rewrites it in place: no Peer comparison (2)", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Twilio", TWILIO);
  const { statements } = valueOf(await findPeerStatements());
  const request = {
    ...common,
    companies: chosen(byName(statements, "Agora", "Twilio")),
    metrics: ["netLossRate"] as MetricId[],
    chartMetric: "netLossRate" as MetricId,
  };
  const first = await buildPeerSheet(request);
  if (!first.ok) throw new Error(first.failure.reason);
  resetSyncCounter(host);
  const again = await buildPeerSheet({
    ...request,
    metrics: ["size:revenue", "netLossRate"],
    sizeUnit: { currency: "USD", scale: 1e6 },
    into: first.value.sheetName,
  });
  expect(syncCounter(host).count).toBe(2);
  if (!again.ok) throw new Error(again.failure.reason);
  expect(again.value.updated).toBe(true);
  expect(wb.sheetNames().filter((n) => n.startsWith("Peer comparison"))).toEqual([
    "Peer comparison",
  ]);
  expect(value(first.value.sheetName, "A3")).toBe("Revenue (USD millions)");
  expect(wb.charts(first.value.sheetName)).toHaveLength(1);
});

test("in the Chinese pane the subject columns, notes and sizes are Chinese", async () => {
  typeSheet("Agora", AGORA);
  typeSheet("Ximalaya", XIMALAYA);
  const { statements } = valueOf(await findPeerStatements());
  const companies = byName(statements, "Ximalaya", "Agora");
  const result = await buildPeerSheet({
    ...common,
    text: peersZhCN.sheet,
    language: "zh",
    companies: chosen(companies),
    metrics: ["size:revenue"],
    chartMetric: "size:revenue",
    subject: companies[0].id,
    sizeUnit: { currency: "CNY", scale: 1e8 },
    rates: { USD: 7 },
  });
  if (!result.ok) throw new Error(result.failure.reason);
  const s = result.value.sheetName;
  expect(s).toBe("同业对比");
  expect(value(s, "A3")).toBe("营业收入（亿元人民币）");
  expect(value(s, "D1")).toBe("同业中位数（不含Ximalaya）");
  expect(value(s, "A6")).toBe("1 美元 折合 元人民币");
  // Agora 38.59 USD millions = 0.3859 亿美元 × 7 = 2.7013 亿元.
  expect(value(s, "C3")).toBeCloseTo(0.3859 * 7, 10);
  expect(value(s, "B3")).toBe(40.5);
});

test("an annual statement above a quarterly one on one sheet: two statements, no ratio across them", async () => {
  wb.addSheet("Both");
  XIMALAYA.forEach((row, r) => row.forEach((v, c) => wb.typeInput("Both", r, c, v)));
  AGORA.forEach((row, r) => row.forEach((v, c) => wb.typeInput("Both", 12 + r, c, v)));
  const { statements } = valueOf(await findPeerStatements());
  expect(statements.map((f) => [f.name, f.address, f.latest])).toEqual([
    ["Both", "Both!A1:D10", "2020年"],
    ["Both (2)", "Both!A13:C17", "Q1 2022"],
  ]);
  const result = await buildPeerSheet({
    ...common,
    companies: statements.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.name })),
    metrics: ["netLossRate"],
    chartMetric: null,
  });
  if (!result.ok) throw new Error(result.failure.reason);
  const s = result.value.sheetName;
  // Each loss over its own revenue: 6.05 ÷ 40.50 for 2020, 26.94 ÷ 38.59 for Q1 2022 (not 1000 %).
  expect(value(s, "B3")).toBeCloseTo(6.05 / 40.5, 10);
  expect(value(s, "C3")).toBeCloseTo(26.94 / 38.59, 10);
  expect(cell(s, "C3").formula).toBe(
    '=IF(OR(Both!C17="",Both!C14=""),"",FIN.LOSSRATE(Both!C17,Both!C14))'
  );
  expect(result.value.plan.notes).toContain(peersEn.sheet.mixedKinds);
});
