/* Office.js refuses `range.values = null`; null inside a written array leaves that cell unchanged. */
import { rejection, setUp, typeGrid } from "../host/officeHost";

describe("null written to a range", () => {
  test.each([
    ["values", (r: Excel.Range) => ((r as unknown as { values: unknown }).values = null)],
    ["formulas", (r: Excel.Range) => ((r as unknown as { formulas: unknown }).formulas = null)],
  ])("range.%s = null is InvalidArgument and changes nothing", async (_what, write) => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["1", "2"]]);
    const e = await rejection(
      Excel.run(async (context) => {
        write(context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1"));
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
    expect([wb.cell("Sheet1", 0, 0).value, wb.cell("Sheet1", 0, 1).value]).toEqual([1, 2]);
  });

  test("null inside the array leaves that cell as it was", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["1", "2"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").values = [[null, 5]];
    });
    expect([wb.cell("Sheet1", 0, 0).value, wb.cell("Sheet1", 0, 1).value]).toEqual([1, 5]);
  });
});
