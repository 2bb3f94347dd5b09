/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these conformance tests read unloaded properties on purpose, to check the error Office.js raises */
import { rejection, setUp, typeGrid } from "./officeHost";

describe("worksheets", () => {
  test("a sheet name of 32 characters is rejected", async () => {
    const { Excel, wb } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("x".repeat(32));
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("sheet names are unique ignoring case", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      })
    );
    expect(e.code).toBe("ItemAlreadyExists");
  });

  test.each(["a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "'quoted", "quoted'", " "])(
    "the sheet name %p is rejected with InvalidArgument",
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

  test("add() appends with the next default name and doesn't activate the new sheet", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add().load("name, position");
      const named = context.workbook.worksheets.add("Agora Inc.").load("name, position");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([added.name, added.position, named.name, named.position, active.name]).toEqual([
        "Sheet2",
        1,
        "Agora Inc.",
        2,
        "Sheet1",
      ]);
    });
    expect(wb.sheetNames()).toEqual(["Sheet1", "Sheet2", "Agora Inc."]);
  });

  test("activate() makes a sheet the active one", async () => {
    const { Excel, wb } = setUp();
    wb.addSheet("Data");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").activate();
    });
    expect(wb.activeSheet()).toBe("Data");
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").load("name");
        await context.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
  });

  test("getItem takes the unquoted name and ignores case", async () => {
    const { Excel, wb } = setUp();
    wb.addSheet("My Sheet");
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("my sheet").load("name");
      await context.sync();
      expect(s.name).toBe("My Sheet");
    });
  });

  test("getItemOrNullObject returns a null object, not null", async () => {
    const { Excel, wb } = setUp();
    wb.addSheet("Data");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      const found = context.workbook.worksheets.getItemOrNullObject("Data");
      expect(missing).not.toBeNull();
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
    });
  });

  test("items are there after load('items/name') or load('items'), not before", async () => {
    const { Excel, wb } = setUp();
    wb.addSheet("Data");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      const all = context.workbook.worksheets.load("items");
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      expect(all.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Sheet1", 0, "Visible"],
        ["Data", 1, "Visible"],
      ]);
      expect(count.value).toBe(2);
    });
  });

  test("freezeRows, freezeColumns and freezeAt set the frozen panes", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeRows(2);
    });
    expect([wb.sheet("Sheet1").frozenRows, wb.sheet("Sheet1").frozenColumns]).toEqual([2, 0]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeColumns(1);
    });
    expect([wb.sheet("Sheet1").frozenRows, wb.sheet("Sheet1").frozenColumns]).toEqual([0, 1]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeAt("A1:B3");
    });
    expect([wb.sheet("Sheet1").frozenRows, wb.sheet("Sheet1").frozenColumns]).toEqual([3, 2]);
  });
});

describe("charts, conditional formats, tables", () => {
  test("charts.add makes a chart from the source range, with a title and a position", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [
      ["", "'2018", "'2019", "'2020"],
      ["Revenue", "14.76", "26.77", "40.50"],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:D2"),
        Excel.ChartSeriesBy.rows
      );
      chart.title.text = "Revenue (CNY bn)";
      chart.setPosition("F2", "L16");
      chart.load("name, top, left, width, height");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect([chart.name, chart.top, chart.left, chart.width, chart.height]).toEqual([
        "Chart 1",
        15,
        240,
        336,
        225,
      ]);
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
    expect(wb.charts("Sheet1")[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Revenue (CNY bn)",
      source: "Sheet1!A1:D2",
      seriesBy: "Rows",
      categories: ["2018", "2019", "2020"],
      series: [{ name: "Revenue", values: [14.76, 26.77, 40.5] }],
      top: 1,
      left: 5,
    });
  });

  test("a colour scale is added at the top priority with its criteria", async () => {
    const { Excel, wb } = setUp();
    const criteria = {
      minimum: { formula: null, type: "LowestValue", color: "#F8696B" },
      maximum: { formula: null, type: "HighestValue", color: "#63BE7B" },
    };
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:A5").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      const cf = sheet
        .getRange("B2:D2")
        .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      cf.colorScale.criteria = criteria as unknown as Excel.ConditionalColorScaleCriteria;
      cf.load("type, priority");
      await context.sync();
      expect([cf.type, cf.priority]).toEqual(["ColorScale", 0]);
    });
    expect(wb.conditionalFormats("Sheet1")).toMatchObject([
      { range: "Sheet1!B2:D2", type: "ColorScale", criteria },
      { range: "Sheet1!A1:A5", type: "CellValue" },
    ]);
  });

  test("tables.add names tables uniquely and lists them; overlapping tables are refused", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [
      ["Item", "2019"],
      ["Revenue", "26.77"],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const t = sheet.tables.add("A1:B2", true).load("name");
      const range = t.getRange().load("address");
      const list = sheet.tables.load("items/name");
      await context.sync();
      expect([t.name, range.address, list.items.map((x) => x.name)]).toEqual([
        "Table1",
        "Sheet1!A1:B2",
        ["Table1"],
      ]);
    });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().tables.add("B2:C3", true);
        await context.sync();
      })
    );
    expect(e.code).toBe("MergedRangeConflict");
  });
});
