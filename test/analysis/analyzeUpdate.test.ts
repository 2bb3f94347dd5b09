/*
 * Update: an Analyze block rewritten in place when its statement gains a period, through the
 * Office.js layer against the simulated host with the built FIN functions (`npm run build` first).
 * Figures are hand-worked from Agora's Q1 2021–2022 statement plus a Q1 2023 column typed by the
 * analyst: revenue 35.00, R&D 28.00, sales and marketing 10.50, net loss (21.00).
 */
import { analysisChoices, updateAnalysis, writeAnalysis } from "../../src/excel/analyze";
import type { WriteMode } from "../../src/excel";
import type { EditableWorkbook } from "../../src/workbench/model";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { cellAt, read, syncs } from "../helpers/analyzeHost";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";
import { valueOf } from "../helpers/outcome";
import { freshExcel } from "../helpers/simulatedExcel";

let wb: EditableWorkbook;

beforeAll(() => {
  registerBuiltFunctions();
});

beforeEach(() => {
  wb = freshExcel();
  fixture("agora-quarterly-q1-2021-2022.csv").forEach((cells, r) =>
    cells.forEach((v, c) => wb.typeInput("Sheet1", r, c, v))
  );
  wb.select({ sheet: "Sheet1", row: 0, col: 0, rowCount: 5, colCount: 3 });
});

const cell = (address: string) => cellAt(wb, address);

async function insert(mode: WriteMode = "fin") {
  const r = await read();
  const options = analysisChoices(r.statement).defaults;
  const written = valueOf(await writeAnalysis({ ...r, options, placement: "beside", mode }));
  return written;
}

/** The analyst adds Q1 2023 in column D and selects the statement again. */
function addQ1_2023(): void {
  ["Q1 2023", "35.00", "28.00", "10.50", "(21.00)"].forEach((v, r) =>
    wb.typeInput("Sheet1", r, 3, v)
  );
  wb.select({ sheet: "Sheet1", row: 0, col: 0, rowCount: 5, colCount: 4 });
}

async function update(mode: WriteMode = "fin") {
  const r = await read();
  if (!r.block) throw new Error("no block offered");
  const options = { ...analysisChoices(r.statement).defaults, ...r.block.remembered.options };
  return updateAnalysis({ ...r, options, block: r.block, mode });
}

/** The row of column A from row 7 down whose label is `label` (1-based). */
function rowOf(label: string): number {
  for (let row = 7; row < 40; row++) if (cell(`A${row}`).value === label) return row;
  throw new Error(`no row labelled ${label}`);
}

function namesNow(): Promise<{ name: string; formula: string }[]> {
  return Excel.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    return names.items.map(({ name, formula }) => ({ name, formula: String(formula) }));
  });
}

describe("Update on Agora after a new quarter", () => {
  test("reading offers the block built from the statement, where its name says it is", async () => {
    const written = await insert();
    addQ1_2023();
    syncs();
    const r = await read();
    expect(syncs().count).toBe(1);
    expect(r.block).toMatchObject({
      name: "FIN_analysis_1",
      sheet: "Sheet1",
      area: written.area,
    });
  });

  test("the block gets Q1 2023's figures in place; typed cells are kept and listed; 2 syncs", async () => {
    const written = await insert();
    expect(written.address).toMatch(/^Sheet1!A7:C\d+$/);
    const growth = rowOf("Total revenues growth (YoY)");
    const lossRate = rowOf("Net loss rate");
    // The analyst's notes: one in a cell FIN left blank, one over a FIN figure, one where the
    // block will grow into.
    wb.typeInput("Sheet1", growth - 1, 1, "restated?");
    wb.typeInput("Sheet1", lossRate - 1, 2, "70%");
    wb.typeInput("Sheet1", growth, 3, "mine");
    addQ1_2023();
    const r = await read();
    syncs();
    const options = { ...analysisChoices(r.statement).defaults, ...r.block!.remembered.options };
    const outcome = await updateAnalysis({ ...r, options, block: r.block!, mode: "fin" });
    const measured = syncs();
    expect(measured.count).toBeLessThanOrEqual(2);
    if (process.env.FIN_TEST_FIGURES) console.log(`update Agora: ${JSON.stringify(measured)}`);
    const updated = valueOf(outcome);
    expect(updated.address).toBe(written.address.replace(/:C/, ":D"));
    // Row by row, as the pane lists them.
    expect(updated.kept).toEqual([`B${growth}`, `D${growth + 1}`, `C${lossRate}`]);
    await wb.settled();

    // Q1 2023: (35.00 − 38.59) ÷ 38.59 = −9.3 %; 21.00 ÷ 35.00 = 60.0 %.
    expect(unguarded(cell(`D${growth}`).formula)).toBe("=FIN.GROWTH(D2,C2)");
    expect(cell(`D${growth}`).value).toBeCloseTo((35 - 38.59) / 38.59, 12);
    expect(cell(`D${growth}`).text).toBe("-9.3%");
    expect(unguarded(cell(`D${lossRate}`).formula)).toBe("=FIN.LOSSRATE(D5,D2)");
    expect(cell(`D${lossRate}`).text).toBe("60.0%");
    // R&D 28.00 ÷ 35.00 = 80.0 %; the period header is the new quarter, bold.
    expect(cell(`D${rowOf("Research and development % of revenue")}`).text).toBe("80.0%");
    expect(cell("D7").value).toBe("Q1 2023");
    expect(cell("D7").format.bold).toBe(true);
    // Q1 2022 as before: 38.59 ÷ 40.20 − 1 = −4.0 %.
    expect(cell(`C${growth}`).text).toBe("-4.0%");

    // The analyst's cells, as typed.
    expect(cell(`B${growth}`).value).toBe("restated?");
    expect(cell(`C${lossRate}`).value).toBe(0.7);
    expect(cell(`C${lossRate}`).formula).toBe(0.7);
    expect(cell(`D${growth + 1}`).value).toBe("mine");

    // One block, one name, now over the wider block.
    const names = await namesNow();
    expect(names).toEqual([
      {
        name: "FIN_analysis_1",
        formula: `=Sheet1!$A$7:$D$${updated.area.row + updated.area.rowCount}`,
      },
    ]);
  });

  test("a second Update after another edit keeps the cells kept before and rewrites FIN's", async () => {
    await insert();
    const growth = rowOf("Total revenues growth (YoY)");
    wb.typeInput("Sheet1", growth - 1, 1, "restated?");
    addQ1_2023();
    expect((await update()).ok).toBe(true);
    wb.typeInput("Sheet1", 1, 3, "36.00"); // Q1 2023 revenue restated
    const again = await update();
    expect(again).toMatchObject({ ok: true, value: { kept: [`B${growth}`] } });
    await wb.settled();
    // (36.00 − 38.59) ÷ 38.59 = −6.7 %
    expect(cell(`D${growth}`).text).toBe("-6.7%");
  });

  test("a values snapshot is updated to Q1 2023's values", async () => {
    await insert("values");
    const lossRate = rowOf("Net loss rate");
    expect(String(cell(`C${lossRate}`).formula)).not.toMatch(/^=/);
    expect(cell(`C${lossRate}`).value).toBeCloseTo(26.94 / 38.59, 9);
    addQ1_2023();
    const updated = await update("values");
    expect(updated).toMatchObject({ ok: true, value: { kept: [] } });
    expect(String(cell(`D${lossRate}`).formula)).not.toMatch(/^=/);
    expect(cell(`D${lossRate}`).value).toBeCloseTo(21 / 35, 9);
    expect(cell(`D${rowOf("Total revenues growth (YoY)")}`).value).toBeCloseTo(
      (35 - 38.59) / 38.59,
      9
    );
  });

  test("a block on a new sheet is updated there, its references naming the statement's sheet", async () => {
    const r0 = await read();
    const options = analysisChoices(r0.statement).defaults;
    const written = valueOf(await writeAnalysis({ ...r0, options, placement: "newSheet" }));
    addQ1_2023();
    const r = await read();
    expect(r.block).toMatchObject({ name: "FIN_analysis_1", sheet: written.sheet });
    const updated = valueOf(await updateAnalysis({ ...r, options, block: r.block! }));
    expect(updated.address).toBe(written.address.replace(/:C/, ":D"));
    const on = (address: string) => cellAt(wb, address, written.sheet);
    let growth = 2;
    while (on(`A${growth}`).value !== "Total revenues growth (YoY)") growth++;
    expect(unguarded(on(`D${growth}`).formula)).toBe("=FIN.GROWTH(Sheet1!D2,Sheet1!C2)");
    await wb.settled();
    expect(on(`D${growth}`).text).toBe("-9.3%");
  });

  test("with the name deleted, reading offers no Update and Insert adds a new block", async () => {
    await insert();
    await Excel.run(async (context) => {
      context.workbook.names.getItem("FIN_analysis_1").delete();
      await context.sync();
    });
    addQ1_2023();
    const r = await read();
    expect(r.block).toBeNull();
    const written = await insert();
    expect(written.name).toBe("FIN_analysis_1");
    expect(written.where).toBe("nextFree");
  });

  test("a block moved since reading is not written over: FIN asks to read again", async () => {
    await insert();
    addQ1_2023();
    const r = await read();
    await Excel.run(async (context) => {
      context.workbook.names.getItem("FIN_analysis_1").formula = "=Sheet1!$A$30:$C$45";
      await context.sync();
    });
    const before = cell("D8").formula;
    const options = { ...analysisChoices(r.statement).defaults, ...r.block!.remembered.options };
    const updated = await updateAnalysis({ ...r, options, block: r.block! });
    expect(updated).toEqual({ ok: false, failure: { reason: "blockMoved" } });
    expect(cell("D8").formula).toBe(before);
  });
});
