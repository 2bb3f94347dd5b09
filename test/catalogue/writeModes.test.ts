/*
 * Analyze selection and Compare peers through Office.js (the simulated host, the built FIN
 * functions): one catalogue, so a statement reads the same in both; "Write as" FIN formulas, Excel
 * formulas or values gives the same figures cell by cell; the colour scale's direction per metric.
 * Needs `npm run build`.
 */
import { analysisChoices, readSelection, writeAnalysis } from "../../src/excel/analyze";
import { readWriteAs, type WriteMode } from "../../src/excel";
import { buildPeerSheet, findPeerStatements, type MetricId } from "../../src/excel/peers";
import type { EditableWorkbook } from "../../src/workbench/model";
import { peersEn } from "../../src/taskpane/strings/peers";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { fixture } from "../helpers/csv";
import { valueOf } from "../helpers/outcome";
import { freshExcel } from "../helpers/simulatedExcel";

let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = freshExcel();
});

function typeSheet(name: string, rows: string[][]): void {
  wb.addSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => wb.typeInput(name, r, c, v)));
}

/** Every cell of a sheet's used range: [value, formula]. */
function cells(sheet: string): { value: unknown; formula: unknown }[][] {
  const used = wb.usedRange(sheet)!;
  return Array.from({ length: used.rowCount }, (_, r) =>
    Array.from({ length: used.colCount }, (_, c) => {
      const cell = wb.cell(sheet, used.row + r, used.col + c);
      return { value: cell.error ? cell.error : cell.value, formula: cell.formula };
    })
  );
}

function values(sheet: string, skipLastRows = 0): unknown[][] {
  const all = cells(sheet).map((row) =>
    row.map(({ value }) => (typeof value === "number" ? Number(value.toPrecision(12)) : value))
  );
  return all.slice(0, all.length - skipLastRows);
}

// Three companies, period expense ratio (selling + admin + finance) ÷ revenue, worked by hand:
// Mixed writes its expenses in parentheses: (10 + 5 + 1.7) ÷ 100 = 16.7 %; Plain 10 %; Middle 13 %.
const MIXED = [
  ["USD in millions", "2020", "2021"],
  ["Revenue", "90", "100"],
  ["Selling expenses", "(9)", "(10)"],
  ["General and administrative expenses", "(4.5)", "(5)"],
  ["Finance costs", "(1.5)", "(1.7)"],
  ["Net loss", "(3)", "(2)"],
];
const plainLike = (selling: string, admin: string, finance: string) => [
  ["USD in millions", "2020", "2021"],
  ["Revenue", "90", "100"],
  ["Selling expenses", "5", selling],
  ["General and administrative expenses", "3", admin],
  ["Finance costs", "1", finance],
  ["Net loss", "-3", "-2"],
];

async function comparePeers(metrics: MetricId[], mode: WriteMode = "fin", subject?: string) {
  const { statements } = valueOf(await findPeerStatements());
  const result = await buildPeerSheet({
    companies: statements.map((f) => ({ id: f.id, sheet: f.sheet, table: f.table, name: f.name })),
    metrics,
    basis: { kind: "latest" },
    transpose: false,
    chartMetric: null,
    text: peersEn.sheet,
    language: "en",
    builtAt: "2024-05-01 14:03",
    mode,
    subject: statements.find((f) => f.sheet === subject)?.id ?? null,
  });
  return valueOf(result).sheetName;
}

async function analyze(sheet: string, rows: number, cols: number, mode: WriteMode) {
  wb.select({ sheet, row: 0, col: 0, rowCount: rows, colCount: cols });
  const read = valueOf(await readSelection());
  const options = { ...analysisChoices(read.statement).defaults, periodExpenseRatio: true };
  const written = await writeAnalysis({
    ...read,
    options,
    placement: "newSheet",
    mode,
    takenAt: "2024-05-01 14:03",
  });
  return valueOf(written).sheet;
}

describe("a company writing its expenses in parentheses among peers writing them positive", () => {
  beforeEach(() => {
    typeSheet("Mixed", MIXED);
    typeSheet("Plain", plainLike("6", "3", "1"));
    typeSheet("Middle", plainLike("8", "4", "1"));
  });

  test("gets +16.7 % on the peer sheet, ranked last of three as the highest ratio", async () => {
    const s = await comparePeers(["periodExpenseRatio"], "fin", "Mixed");
    const at = (a: string) => {
      const [, col, row] = /^([A-Z])(\d+)$/.exec(a)!;
      return wb.cell(s, Number(row) - 1, col.charCodeAt(0) - 65).value;
    };
    expect([at("B1"), at("C1"), at("D1")]).toEqual(["Mixed", "Plain", "Middle"]);
    expect(at("B3")).toBeCloseTo(0.167, 9);
    expect(at("C3")).toBeCloseTo(0.1, 9);
    expect(at("D3")).toBeCloseTo(0.13, 9);
    expect(at("E3")).toBeCloseTo(0.115, 9); // the peers' median, without Mixed
    expect(at("F3")).toBeCloseTo((0.1 + 0.13) / 2, 9); // the peers' mean
    expect(at("J3")).toBe(3); // Mixed's rank of 3: rank 1 is the lowest
  });

  test("Analyze says the same +16.7 % on the same statement", async () => {
    const s = await analyze("Mixed", 6, 3, "fin");
    const rows = cells(s);
    const row = rows.find((r) => r[0].value === "Period expense ratio")!;
    expect(row[2].value).toBeCloseTo(0.167, 9);
  });

  test("its expense growth reads as spending more, +10 %, as the peers' does", async () => {
    const s = await analyze("Mixed", 6, 3, "fin");
    const row = cells(s).find((r) => r[0].value === "Selling expenses growth (YoY)")!;
    expect(row[2].value).toBeCloseTo(10 / 9 - 1, 9);
  });
});

describe("the colour scale's direction per metric, read back from the sheet", () => {
  test("green for the better end: low cost ratios and loss rates, high growth; blue for sizes", async () => {
    typeSheet("Agora", fixture("agora-quarterly-q1-2021-2022.csv"));
    typeSheet("Ximalaya", fixture("ximalaya-annual-2018-2020.csv"));
    const s = await comparePeers(["revenueGrowth", "netLossRate", "rdExpenseRatio"]);
    const scales = wb.conditionalFormats(s).map((f) => {
      const c = f.criteria as Record<string, { color: string }>;
      return [f.range, c.minimum.color, c.maximum.color];
    });
    scales.sort((a, b) => a[0].localeCompare(b[0]));
    const GREEN = "#63BE7B";
    const RED = "#F8696B";
    expect(scales).toEqual([
      ["'Peer comparison'!B3:C3", RED, GREEN], // revenue growth: higher is better
      ["'Peer comparison'!B4:C4", GREEN, RED], // net loss rate: lower is better
      ["'Peer comparison'!B5:C5", "#FFFFFF", "#5B9BD5"], // R&D ratio: ranked by size
    ]);
  });
});

describe.each([
  ["Ximalaya", "ximalaya-annual-2018-2020.csv", 10, 4],
  ["Agora", "agora-quarterly-q1-2021-2022.csv", 5, 3],
])("%s written in all three modes", (name, file, rows, cols) => {
  beforeEach(() => typeSheet(name, fixture(file)));

  test("Analyze: the same values cell by cell; no FIN. on the Excel-formulas sheet", async () => {
    const fin = await analyze(name, rows, cols, "fin");
    const excel = await analyze(name, rows, cols, "excel");
    const snapshot = await analyze(name, rows, cols, "values");
    // The last row is the note on how the block was written.
    expect(values(excel, 1)).toEqual(values(fin, 1));
    expect(values(snapshot, 1)).toEqual(values(fin, 1));
    expect(JSON.stringify(cells(excel).map((r) => r.map((c) => c.formula)))).not.toContain("FIN.");
    expect(
      cells(snapshot)
        .flat()
        .some((c) => String(c.formula).startsWith("="))
    ).toBe(false);
    const notes = [fin, excel, snapshot].map((s) => cells(s).at(-1)![0].value);
    expect(notes[1]).toMatch(/^Written as Excel formulas|^以 Excel 公式写入/);
    expect(notes[2]).toMatch(new RegExp(`${name}!A1:[A-Z]\\d+.*2024-05-01 14:03`));
  });

  test("Compare peers (against the other fixture): the same values; no FIN. in Excel formulas", async () => {
    const other =
      name === "Agora"
        ? ["Ximalaya", "ximalaya-annual-2018-2020.csv"]
        : ["Agora", "agora-quarterly-q1-2021-2022.csv"];
    typeSheet(other[0], fixture(other[1]));
    const metrics: MetricId[] = [
      "revenueGrowth",
      "netLossRate",
      "periodExpenseRatio",
      "rdExpenseRatio",
    ];
    const fin = await comparePeers(metrics, "fin");
    const excel = await comparePeers(metrics, "excel");
    const snapshot = await comparePeers(metrics, "values");
    const table = (s: string) => values(s).slice(0, 6);
    expect(table(excel)).toEqual(table(fin));
    expect(table(snapshot)).toEqual(table(fin));
    expect(JSON.stringify(cells(excel).map((r) => r.map((c) => c.formula)))).not.toContain("FIN.");
  });
});

test("the choice is remembered for the workbook", async () => {
  typeSheet("Agora", fixture("agora-quarterly-q1-2021-2022.csv"));
  expect(valueOf(await readWriteAs())).toBe("fin");
  await analyze("Agora", 5, 3, "excel");
  expect(valueOf(await readWriteAs())).toBe("excel");
});
