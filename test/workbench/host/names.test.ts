/*
 * Conformance of the simulated NamedItemCollection and SettingCollection with Office.js as FIN uses
 * them: a name's formula is absolute and can be pointed at another range (ExcelApi 1.7), a deleted
 * name is a null object, and a setting keeps an array of objects as JSON.
 */
import { setUp } from "./officeHost";

describe("workbook names", () => {
  test("a name over a range reads back as an absolute formula, and setting the formula moves it", async () => {
    const { Excel } = setUp();
    const formulas = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("FIN_analysis_1", sheet.getRange("A7:C14"));
      const first = context.workbook.names.getItem("FIN_analysis_1").load("formula");
      await context.sync();
      const before = first.formula;
      const item = context.workbook.names.getItem("FIN_analysis_1");
      item.formula = "=Sheet1!$A$7:$D$15";
      await context.sync();
      const after = context.workbook.names.getItem("FIN_analysis_1").load("formula");
      await context.sync();
      return [before, after.formula];
    });
    expect(formulas).toEqual(["=Sheet1!$A$7:$C$14", "=Sheet1!$A$7:$D$15"]);
  });

  test("a deleted name is a null object and is no longer listed", async () => {
    const { Excel } = setUp();
    const result = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("FIN_analysis_1", sheet.getRange("A7:C14"));
      await context.sync();
      context.workbook.names.getItem("FIN_analysis_1").delete();
      const gone = context.workbook.names.getItemOrNullObject("FIN_analysis_1");
      const all = context.workbook.names.load("items/name");
      await context.sync();
      return { gone: gone.isNullObject, count: all.items.length };
    });
    expect(result).toEqual({ gone: true, count: 0 });
  });

  test("a setting holds an array of objects, read back equal and not shared with the writer", async () => {
    const { Excel } = setUp();
    const entry = { name: "FIN_analysis_1", fingerprints: ["a,,b", "c"] };
    const value = await Excel.run(async (context) => {
      context.workbook.settings.add("FIN.analysisBlocks", [entry]);
      await context.sync();
      entry.name = "changed after the write";
      const setting = context.workbook.settings.getItemOrNullObject("FIN.analysisBlocks");
      setting.load("value");
      await context.sync();
      return setting.value;
    });
    expect(value).toEqual([{ name: "FIN_analysis_1", fingerprints: ["a,,b", "c"] }]);
  });
});
