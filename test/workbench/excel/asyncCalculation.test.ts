/*
 * Excel on the web runs a custom function apart from its calculation engine: the cell shows
 * #BUSY! until the result arrives, and so do the cells that depend on it.
 */
import { createWorkbook } from "../../../src/workbench/model";
import { setUp } from "../host/officeHost";
import { registerProbe } from "./probes";

const probe = registerProbe("BUSYPROBE");

describe("custom functions calculate asynchronously, as in Excel on the web", () => {
  test("a custom function's cell shows #BUSY! until its result arrives, then the result", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=BUSYPROBE.ARG(5)");
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ value: "#BUSY!", error: { code: "#BUSY!" } });
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ value: "number 5", error: null });
  });

  test("a cell that depends on it is #BUSY! too, then recalculates", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=BUSYPROBE.NUMBER(5)");
    wb.typeInput("Sheet1", 0, 1, "=A1+1");
    wb.typeInput("Sheet1", 0, 2, "=BUSYPROBE.NUMBER(B1)");
    expect(wb.cell("Sheet1", 0, 1).value).toBe("#BUSY!");
    await wb.settled();
    expect([0, 1, 2].map((c) => wb.cell("Sheet1", 0, c).value)).toEqual([5, 6, 6]);
  });

  test("a function answering with a promise keeps the cell #BUSY! until the promise resolves", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=BUSYPROBE.LATER(1)");
    await Promise.resolve(); // the call starts after the engine's evaluation
    await Promise.resolve();
    expect(wb.cell("Sheet1", 0, 0).value).toBe("#BUSY!");
    probe.resolveLater(42);
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 0).value).toBe(42);
  });

  test("changing an input shows #BUSY! again until the new result arrives", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "1");
    wb.typeInput("Sheet1", 0, 1, "=BUSYPROBE.NUMBER(A1)");
    await wb.settled();
    wb.typeInput("Sheet1", 0, 0, "2");
    expect(wb.cell("Sheet1", 0, 1).value).toBe("#BUSY!");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe(2);
  });

  test("Office.js reads #BUSY! in range.values while the result is on its way", async () => {
    const { Excel, wb } = setUp();
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.formulas = [["=BUSYPROBE.LATER(1)"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(read).toEqual([["#BUSY!"]]);
    probe.resolveLater("done");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 0).value).toBe("done");
  });

  test("an immediate workbook (for benchmarks of the arithmetic alone) has no #BUSY!", () => {
    const wb = createWorkbook({ calculation: "immediate" });
    wb.typeInput("Sheet1", 0, 0, "=BUSYPROBE.NUMBER(3)");
    expect(wb.cell("Sheet1", 0, 0).value).toBe(3);
  });
});
