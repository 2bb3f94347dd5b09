/* Range.getSpecialCells in the simulated host, as Excel on the web documents it (ExcelApi 1.9). */
import { rejection, setUp, typeGrid } from "./officeHost";

describe("special cells", () => {
  test("text constants of the used range come back as areas; numbers and formulas are left out", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [
      ["USD in millions", "Q1 2021", "Q1 2022"],
      ["Total revenues", "40.20", "38.59"],
      ["Net loss", "(14.67)", "(26.94)"],
      ["", "", ""],
      ["=A1", "2020", "note"],
    ]);
    const found = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      const text = used
        .getSpecialCells(Excel.SpecialCellType.constants, Excel.SpecialCellValueType.text)
        .load("address,areaCount,cellCount");
      const formulas = used
        .getSpecialCellsOrNullObject(
          Excel.SpecialCellType.formulas,
          Excel.SpecialCellValueType.text
        )
        .load("address");
      const numbers = used
        .getSpecialCells(Excel.SpecialCellType.constants, Excel.SpecialCellValueType.numbers)
        .load("address");
      await context.sync();
      return [text.address, text.areaCount, text.cellCount, formulas.address, numbers.address];
    });
    // A1:C1 is one area; A2:A3 is one (same columns on consecutive rows); C5 its own.
    expect(found).toEqual([
      "Sheet1!A1:C1, Sheet1!A2:A3, Sheet1!C5",
      3,
      6,
      "Sheet1!A5",
      "Sheet1!B2:C3, Sheet1!B5",
    ]);
  });

  test("each area's values load through the areas collection in the same round trip", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [
      ["Revenue", "1"],
      ["", ""],
      ["Net loss", "2"],
    ]);
    const values = await Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getActiveWorksheet()
        .getUsedRange(true)
        .getSpecialCells(Excel.SpecialCellType.constants, Excel.SpecialCellValueType.text);
      areas.areas.load("items/address,items/values");
      await context.sync();
      return areas.areas.items.map((a) => [a.address, a.values]);
    });
    expect(values).toEqual([
      ["Sheet1!A1", [["Revenue"]]],
      ["Sheet1!A3", [["Net loss"]]],
    ]);
  });

  test("no matching cells: getSpecialCells fails with ItemNotFound, the OrNullObject form is null", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["1", "2"]]);
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getUsedRange(true)
          .getSpecialCells(Excel.SpecialCellType.constants, Excel.SpecialCellValueType.text)
          .load("address");
        await context.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
    const isNull = await Excel.run(async (context) => {
      const none = context.workbook.worksheets
        .getActiveWorksheet()
        .getUsedRange(true)
        .getSpecialCellsOrNullObject(
          Excel.SpecialCellType.constants,
          Excel.SpecialCellValueType.text
        )
        .load("address");
      await context.sync();
      return none.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});
