/*
 * Analyze selection through the Office.js layer, against the simulated host in Node with the built
 * FIN functions registered (run `npm run build` first): round trips, request sizes, and that
 * nothing already on the sheet is overwritten.
 */
import {
  analysisChoices,
  readSelection,
  writeAnalysis,
  type AnalysisOptions,
  type PlacementChoice,
} from "../../src/excel/analyze";
import { installOfficeHost } from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { cellAt, read, syncs } from "../helpers/analyzeHost";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";
import { bigStatement } from "../helpers/syntheticStatements";

const REQUEST_LIMIT = 5 * 1024 * 1024;

let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = createWorkbook();
  if (!wb.sheetNames().includes("Sheet1")) wb.addSheet("Sheet1");
  installOfficeHost(globalThis, wb);
});

function typeGrid(grid: string[][], sheet = "Sheet1", row = 0, col = 0): void {
  grid.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput(sheet, row + r, col + c, v)));
}

function select(row: number, col: number, rowCount: number, colCount: number, sheet = "Sheet1") {
  wb.select({ sheet, row, col, rowCount, colCount });
}

const cell = (address: string, sheet = "Sheet1") => cellAt(wb, address, sheet);

async function analyze(
  change: Partial<AnalysisOptions> = {},
  placement: PlacementChoice = "beside"
) {
  const r = await read();
  const options = { ...analysisChoices(r.statement).defaults, ...change };
  return writeAnalysis({ statement: r.statement, source: r.source, options, placement });
}

describe("the Ximalaya statement", () => {
  beforeEach(() => {
    typeGrid(fixture("ximalaya-annual-2018-2020.csv"));
    select(0, 0, 10, 4);
    syncs();
  });

  test("reading takes one sync and finds the statement and where it is", async () => {
    const r = await read();
    expect(syncs().count).toBe(1);
    expect(r.source).toEqual({ sheet: "Sheet1", row: 0, column: 0, rowCount: 10, columnCount: 4 });
    expect(r.usedRange).toEqual({ row: 0, column: 0, rowCount: 10, columnCount: 4 });
    expect(r.statement.language).toBe("zh");
  });

  test("writing takes two syncs; the block's figures are live FIN formulas with the right values", async () => {
    const r = await read();
    syncs();
    const options = analysisChoices(r.statement).defaults;
    const written = await writeAnalysis({ ...r, options, placement: "beside" });
    expect(syncs().count).toBe(2);
    expect(written).toMatchObject({
      ok: true,
      value: { address: "Sheet1!A12:D45", where: "beside" },
    });

    expect(unguarded(cell("D13").formula)).toBe("=FIN.GROWTH(D2,C2)");
    await wb.settled(); // FIN's results arrive after #BUSY!
    expect(cell("D13").text).toBe("51.3%");
    expect(cell("B13").formula).toBe("");
    const per = Array.from({ length: 30 }, (_, i) => `A${12 + i}`).find(
      (a) => cell(a).value === "期间费用率"
    )!;
    const row = per.slice(1);
    expect(unguarded(cell(`D${row}`).formula)).toBe("=FIN.EXPENSERATIO(D9,D2)");
    expect(cell(`D${row}`).text).toBe("65.0%");
    expect(cell(`D${row}`).numberFormat).toBe("0.0%");
    expect(cell(`D${Number(row) + 1}`).numberFormat).toBe('0.0 "pp"');
    expect(cell("A12").value).toBe("FIN 分析");
    expect(cell("B12").value).toBe("2018年");
    expect(cell("B12").format.bold).toBe(true);
    expect(cell("B12").format.borderBottom).toBe("thin");
  });

  test("the statement changing under the block moves the figures with it", async () => {
    await analyze();
    wb.typeInput("Sheet1", 1, 3, "53.55"); // 2020 revenue restated
    await wb.settled(); // FIN's result arrives after #BUSY!, as in Excel on the web
    expect(cell("D13").value).toBeCloseTo(53.55 / 26.77 - 1, 9);
  });

  test("desktop Excel passes blanks to FIN as 0, yet every written figure reads as on the web", async () => {
    await analyze();
    await wb.settled();
    const block = Array.from({ length: 34 }, (_, r) =>
      ["A", "B", "C", "D"].map((c) => cell(`${c}${12 + r}`).value)
    );
    // 广告收入 2019 (C4) is blank: the web gives FIN null, desktop gives it 0.
    wb.typeInput("Sheet1", 60, 0, "=FIN.GROWTH(C4,B4)");
    wb.setPlatform("desktop");
    await wb.settled();
    // A bare FIN call over the blank reads it as 0 on desktop (-100 %): the platform does differ …
    expect(cell("A61").value).toBeCloseTo(-1, 9);
    // … but the block FIN wrote tests each input itself, so no figure changes.
    const onDesktop = Array.from({ length: 34 }, (_, r) =>
      ["A", "B", "C", "D"].map((c) => cell(`${c}${12 + r}`).value)
    );
    expect(onDesktop).toEqual(block);
    expect(block.flat()).toContain("");
  });

  test("a second analysis does not overwrite the first: it goes past the used range", async () => {
    const first = await analyze();
    const before = wb.cell("Sheet1", 12, 3).formula;
    const second = await analyze();
    expect(first).toMatchObject({ ok: true, value: { address: "Sheet1!A12:D45" } });
    expect(second).toMatchObject({
      ok: true,
      value: { address: "Sheet1!A47:D80", where: "nextFree" },
    });
    expect(wb.cell("Sheet1", 12, 3).formula).toBe(before);
  });

  test("a value in the target area is kept; the block goes to the next free area", async () => {
    wb.typeInput("Sheet1", 14, 2, "keep me");
    const written = await analyze();
    expect(written).toMatchObject({
      ok: true,
      value: { address: "Sheet1!A17:D50", where: "nextFree" },
    });
    expect(cell("C15").value).toBe("keep me");
  });

  test("a new sheet gets the block with sheet-qualified references", async () => {
    const written = await analyze({}, "newSheet");
    expect(written).toMatchObject({
      ok: true,
      value: { address: "'FIN 分析'!A1:D34", sheet: "FIN 分析" },
    });
    expect(unguarded(cell("D2", "FIN 分析").formula)).toBe("=FIN.GROWTH(Sheet1!D2,Sheet1!C2)");
    expect(cell("D2", "FIN 分析").text).toBe("51.3%");
    expect(wb.usedRange("Sheet1")).toEqual({
      sheet: "Sheet1",
      row: 0,
      col: 0,
      rowCount: 10,
      colCount: 4,
    });
    select(0, 0, 10, 4); // the new sheet was activated: back to the statement
    const again = await analyze({}, "newSheet");
    expect(again).toMatchObject({ ok: true, value: { sheet: "FIN 分析 (2)" } });
  });

  test("a protected sheet: the protected failure, and nothing written", async () => {
    const r = await read();
    wb.updateSheet("Sheet1", { protected: true });
    syncs();
    const options = analysisChoices(r.statement).defaults;
    await expect(writeAnalysis({ ...r, options, placement: "beside" })).resolves.toEqual({
      ok: false,
      failure: { reason: "protected", detail: { sheet: "Sheet1" } },
    });
    expect(syncs().count).toBe(1);
    expect(wb.usedRange("Sheet1")).toEqual({
      sheet: "Sheet1",
      row: 0,
      col: 0,
      rowCount: 10,
      colCount: 4,
    });
  });

  test("a label changed since reading: FIN asks to read again and writes nothing", async () => {
    const r = await read();
    wb.typeInput("Sheet1", 1, 0, "营业总收入");
    const options = analysisChoices(r.statement).defaults;
    await expect(writeAnalysis({ ...r, options, placement: "beside" })).resolves.toEqual({
      ok: false,
      failure: { reason: "statementChanged" },
    });
    expect(wb.usedRange("Sheet1")?.rowCount).toBe(10);
  });
});

describe("the Agora statement", () => {
  test("Q1 2022 R&D ratio 80.4 % and net loss rate 69.8 %", async () => {
    typeGrid(fixture("agora-quarterly-q1-2021-2022.csv"), "Sheet1", 2, 1);
    select(2, 1, 5, 3);
    const written = await analyze();
    expect(written).toMatchObject({ ok: true, value: { address: "Sheet1!B9:D22" } });
    const texts = Array.from({ length: 12 }, (_, i) => [
      cell(`B${9 + i}`).value,
      cell(`D${9 + i}`),
    ]);
    const find = (label: string) => texts.find(([l]) => l === label)![1] as ReturnType<typeof cell>;
    expect(unguarded(find("Research and development % of revenue").formula)).toBe(
      "=FIN.EXPENSERATIO(D5,D4)"
    );
    expect(find("Research and development % of revenue").text).toBe("80.4%");
    expect(unguarded(find("Net loss rate").formula)).toBe("=FIN.LOSSRATE(D7,D4)");
    expect(find("Net loss rate").text).toBe("69.8%");
  });
});

describe("labels that look like formulas", () => {
  test("are written as text, not run", async () => {
    typeGrid([
      ["USD in millions", "2020", "2021"],
      ["Revenue", "100", "120"],
      ['\'=HYPERLINK("http://x","Adj")', "5", "6"],
      ["'-调整", "1", "2"],
    ]);
    select(0, 0, 4, 3);
    await analyze();
    const labels = Array.from({ length: 8 }, (_, i) => cell(`A${6 + i}`));
    expect(labels.map((c) => c.value)).toContain('=HYPERLINK("http://x","Adj") growth (YoY)');
    expect(labels.map((c) => c.value)).toContain("-调整 growth (YoY)");
    for (const c of labels) expect(c.error).toBeNull();
    expect(cell("B6").value).toBe("2020");
    expect(cell("B6").error).toBeNull();
  });
});

describe("selections FIN can't analyze", () => {
  test.each([
    ["a blank selection", [] as string[][], [0, 0, 3, 3], "empty"],
    ["a single cell", [["42"]], [0, 0, 1, 1], "singleCell"],
    [
      "text without figures",
      [
        ["a", "b"],
        ["c", "d"],
      ],
      [0, 0, 2, 2],
      "noNumbers",
    ],
  ] as const)("%s", async (_, grid, [r, c, rc, cc], reason) => {
    typeGrid(grid.map((row) => [...row]));
    select(r, c, rc, cc);
    await expect(readSelection()).resolves.toEqual({ ok: false, failure: { reason } });
  });
});

describe("round trips and request sizes", () => {
  const measured: string[] = [];
  afterAll(() => {
    // The figures the report quotes.
    if (process.env.FIN_TEST_FIGURES) console.log(measured.join("\n"));
  });

  // Writes past Excel on the web's 5 MB cap go in more requests, each under it (2,000 lines: 4).
  test.each([
    [10, 2],
    [200, 2],
    [2000, 4],
  ])(
    "%d lines × 40 periods: 1 sync to read, %d to write",
    async (lines, writeSyncs) => {
      typeGrid(bigStatement(lines, 40));
      select(0, 0, lines + 1, 41);
      syncs();
      const r = await read();
      const reading = syncs();
      const options = analysisChoices(r.statement).defaults;
      const written = await writeAnalysis({ ...r, options, placement: "beside" });
      const writing = syncs();
      expect(written.ok).toBe(true);
      expect(reading.count).toBe(1);
      expect(writing.count).toBe(writeSyncs);
      expect(writing.bytes).toBeLessThan(writing.count * REQUEST_LIMIT);
      measured.push(
        `${lines} lines × 40 periods: read ${reading.count} sync ${reading.bytes} B; write ${writing.count} syncs ${writing.bytes} B; ${written.ok ? written.value.address : ""}`
      );
    },
    120_000
  );
});

describe("FIN knows its own output", () => {
  test("each block is named FIN_analysis_<n>; reading the statement with the block selected skips it", async () => {
    typeGrid(fixture("agora-quarterly-q1-2021-2022.csv"));
    select(0, 0, 5, 3);
    const first = await analyze();
    const second = await analyze();
    expect(first).toMatchObject({ ok: true, value: { name: "FIN_analysis_1" } });
    expect(second).toMatchObject({ ok: true, value: { name: "FIN_analysis_2" } });
    if (!first.ok) return;
    const names = globalThis as unknown as {
      Excel: { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    };
    const formulas = await names.Excel.run(async (context) => {
      const items = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      return items.items.map((n) => [n.name, n.formula]);
    });
    expect(formulas[0]).toEqual([
      "FIN_analysis_1",
      `=${first.value.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
    ]);

    // The statement and both blocks selected together read as the statement alone.
    select(0, 0, 40, 3);
    const again = await read();
    expect(again.statement.lines.map((l) => l.label)).toEqual(
      await (async () => {
        select(0, 0, 5, 3);
        return (await read()).statement.lines.map((l) => l.label);
      })()
    );
  });
});
