/*
 * Excel's grid is 1,048,576 rows × 16,384 columns. The workbench addresses all of it, and its
 * engine holds only the cells that are filled.
 */
import { createWorkbook } from "../../../src/workbench/model";
import { setUp } from "../host/officeHost";

describe("a sheet as large as Excel's", () => {
  test("A1048576 and XFD1 hold values, and =SUM(A:A) adds the whole column", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "1");
    wb.typeInput("Sheet1", 1_048_575, 0, "2");
    wb.typeInput("Sheet1", 0, 16_383, "3");
    wb.typeInput("Sheet1", 1, 1, "=SUM(A:A)+A1048576+XFD1");
    expect(wb.cell("Sheet1", 1_048_575, 0).value).toBe(2);
    expect(wb.cell("Sheet1", 1, 1).value).toBe(3 + 2 + 3);
  });

  test("the used range reaches the last row and column", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 1_048_575, 16_383, "x");
    wb.typeInput("Sheet1", 4, 2, "y");
    expect(wb.usedRange("Sheet1")).toEqual({
      sheet: "Sheet1",
      row: 4,
      col: 2,
      rowCount: 1_048_576 - 4,
      colCount: 16_384 - 2,
    });
  });

  test('Office.js getRange("A:A"), values written at the last row, and the used range', async () => {
    const { Excel } = setUp();
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1048576").values = [[5]];
      sheet.getRange("B1").formulas = [["=SUM(A:A)"]];
      const column = sheet.getRange("A:A");
      column.load("address, rowCount, isEntireColumn");
      const used = sheet.getUsedRange();
      used.load("address");
      const total = sheet.getRange("B1");
      total.load("values");
      await context.sync();
      return [column.address, column.rowCount, column.isEntireColumn, used.address, total.values];
    });
    expect(read).toEqual(["Sheet1!A:A", 1_048_576, true, "Sheet1!A:B", [[5]]]); // Excel writes A1:B1048576 as A:B
  });

  test("clearing a whole column clears its filled cells", async () => {
    const { Excel, wb } = setUp();
    wb.typeInput("Sheet1", 0, 0, "1");
    wb.typeInput("Sheet1", 1_048_575, 0, "2");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A:A").clear();
    });
    expect(wb.usedRange("Sheet1")).toBeNull();
  });
});
