/* "History" is a sheet name Excel reserves (for change tracking), whatever its case. */
import { createWorkbook } from "../../../src/workbench/model";
import { rejection, setUp } from "../host/officeHost";

describe('"History" is reserved', () => {
  test.each(["History", "history", "HISTORY"])(
    "adding a sheet named %s is InvalidArgument",
    async (name) => {
      const { Excel } = setUp();
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
      );
      expect(e.code).toBe("InvalidArgument");
    }
  );

  test("renaming a sheet to History is InvalidArgument; the sheet keeps its name", async () => {
    const { Excel, wb } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "history";
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("renaming to a free name works, and formulas follow the sheet", async () => {
    const { Excel, wb } = setUp();
    wb.addSheet("Data");
    wb.typeInput("Data", 0, 0, "7");
    wb.typeInput("Sheet1", 0, 0, "=Data!A1*2");
    const name = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.name = "Revenue 2024";
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Revenue 2024");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Revenue 2024"]);
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ value: 14, formula: "='Revenue 2024'!A1*2" });
  });

  test("a name that only contains History is fine", () => {
    const wb = createWorkbook();
    wb.addSheet("History 2024");
    expect(wb.sheetNames()).toContain("History 2024");
  });
});
