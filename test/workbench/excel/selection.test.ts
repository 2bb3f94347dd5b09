/*
 * A selection of several areas (Ctrl+click): `getSelectedRange()` throws InvalidSelection
 * (reference docs; office-js #2268), `getSelectedRanges()` returns the areas.
 */
import { rejection, setUp } from "../host/officeHost";

const area = (row: number, col: number, rowCount = 1, colCount = 1) => ({
  sheet: "Sheet1",
  row,
  col,
  rowCount,
  colCount,
});

describe("multi-area selection", () => {
  test("getSelectedRange() with two areas selected is InvalidSelection", async () => {
    const { Excel, wb } = setUp();
    wb.selectAreas([area(0, 0, 2, 2), area(3, 3)]);
    const e = await rejection(
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidSelection");
  });

  test("getSelectedRanges() gives every area, the active one last", async () => {
    const { Excel, wb } = setUp();
    wb.selectAreas([area(0, 0, 2, 2), area(3, 3)]);
    const read = await Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load("address, areaCount, cellCount");
      areas.areas.load("items/address");
      await context.sync();
      return {
        address: areas.address,
        areaCount: areas.areaCount,
        cellCount: areas.cellCount,
        each: areas.areas.items.map((r) => r.address),
      };
    });
    expect(read).toEqual({
      address: "Sheet1!A1:B2, Sheet1!D4",
      areaCount: 2,
      cellCount: 5,
      each: ["Sheet1!A1:B2", "Sheet1!D4"],
    });
  });

  test("one area: getSelectedRange() works and getSelectedRanges() has one area", async () => {
    const { Excel, wb } = setUp();
    wb.select(area(1, 1, 2, 1));
    const read = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      const areas = context.workbook.getSelectedRanges();
      range.load("address");
      areas.load("areaCount");
      await context.sync();
      return [range.address, areas.areaCount];
    });
    expect(read).toEqual(["Sheet1!B2:B3", 1]);
  });

  test("selecting one range again replaces the areas", () => {
    const { wb } = setUp();
    wb.selectAreas([area(0, 0), area(3, 3)]);
    wb.select(area(5, 5));
    expect(wb.selectionAreas()).toEqual([area(5, 5)]);
  });
});
