/*
 * Empty cells reach a custom function's `any` parameter as null in Excel on the web and as 0 in
 * desktop Excel (office-js #4702, #5262). The workbench plays either, so tests can prove that the
 * formulas FIN writes give a blank for a blank input on both.
 */
import { createWorkbook } from "../../../src/workbench/model";
import { registerProbe } from "./probes";

registerProbe("BLANKS");

describe("how empty cells reach custom functions", () => {
  test("on the web (the default) an empty cell is null, alone and inside a range", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 1, "=BLANKS.ARG(A1)");
    wb.typeInput("Sheet1", 1, 1, "=BLANKS.CELLS(A1:A2)");
    await wb.settled();
    expect(wb.platform()).toBe("web");
    expect(wb.cell("Sheet1", 0, 1).value).toBe("null");
    expect(wb.cell("Sheet1", 1, 1).value).toBe("[[null],[null]]");
  });

  test("on desktop an empty cell is 0, alone and inside a range", async () => {
    const wb = createWorkbook({ platform: "desktop" });
    wb.typeInput("Sheet1", 0, 1, "=BLANKS.ARG(A1)");
    wb.typeInput("Sheet1", 1, 1, "=BLANKS.CELLS(A1:A2)");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("number 0");
    expect(wb.cell("Sheet1", 1, 1).value).toBe("[[0],[0]]");
  });

  test("switching to desktop recalculates what is already on the sheet", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 1, "=BLANKS.ARG(A1)");
    await wb.settled();
    wb.setPlatform("desktop");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("number 0");
  });

  test("a written formula that tests the cell itself still gives a blank on desktop", async () => {
    const wb = createWorkbook({ platform: "desktop" });
    wb.typeInput("Sheet1", 0, 1, '=IF(ISBLANK(A1),"",BLANKS.ARG(A1))');
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("");
  });
});
