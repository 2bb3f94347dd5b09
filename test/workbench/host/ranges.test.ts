import { registerBuiltFunctions } from "../../helpers/builtFunctions";
import { rejection, setUp, typeGrid } from "./officeHost";

describe("writing ranges", () => {
  test("a 2×2 array written to a 2×3 range is rejected with InvalidArgument", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:C2").values = [
          [1, 2],
          [3, 4],
        ];
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test.each([
    ["a number format", (r: Excel.Range) => (r.numberFormat = [["0%"]])],
    ["formulas", (r: Excel.Range) => (r.formulas = [["=1", "=2"]])],
  ])("%s of the wrong shape is rejected with InvalidArgument too", async (_what, write) => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        write(context.workbook.worksheets.getActiveWorksheet().getRange("A1:A2"));
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("one value written to a range applies to every cell; one formula is filled with relative references", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["1"], ["2"], ["3"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      (sheet.getRange("B1:B3") as unknown as { formulas: unknown }).formulas = "=A1*10";
      (sheet.getRange("C1:C3") as unknown as { values: unknown }).values = 5;
      (sheet.getRange("B1:B3") as unknown as { numberFormat: unknown }).numberFormat = "0.0";
    });
    expect([0, 1, 2].map((r) => wb.cell("Sheet1", r, 1).formula)).toEqual([
      "=A1*10",
      "=A2*10",
      "=A3*10",
    ]);
    expect([0, 1, 2].map((r) => wb.cell("Sheet1", r, 1).text)).toEqual(["10.0", "20.0", "30.0"]);
    expect([0, 1, 2].map((r) => wb.cell("Sheet1", r, 2).value)).toEqual([5, 5, 5]);
  });

  test("a string starting with = written to values becomes a formula", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      range.values = [[2, "=A1*3"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[2, 6]]);
      expect(range.formulas).toEqual([[2, "=A1*3"]]);
    });
    expect(wb.cell("Sheet1", 0, 1).formula).toBe("=A1*3");
  });

  test("strings starting with + or - that aren't numbers become formulas; '-5' is the number -5", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").values = [
        ["-5", "+A1", "1,234"],
      ];
    });
    expect([
      wb.cell("Sheet1", 0, 0).value,
      wb.cell("Sheet1", 0, 1).formula,
      wb.cell("Sheet1", 0, 2).value,
    ]).toEqual([-5, "=+A1", 1234]);
  });

  test("null in a written array leaves the cell as it is; an empty string clears it", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["keep", "clear"]]);
    wb.setNumberFormat("Sheet1", 0, 0, "0%");
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      range.values = [[null, ""]];
      range.numberFormat = [[null, null]];
    });
    expect([
      wb.cell("Sheet1", 0, 0).value,
      wb.cell("Sheet1", 0, 1).value,
      wb.cell("Sheet1", 0, 0).numberFormat,
    ]).toEqual(["keep", "", "0%"]);
  });

  test("an empty number format resets the cell to General", async () => {
    const { Excel, wb } = setUp();
    wb.setNumberFormat("Sheet1", 0, 0, "0%");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").numberFormat = [[""]];
    });
    expect(wb.cell("Sheet1", 0, 0).numberFormat).toBe("General");
  });

  test("writing to a protected sheet is rejected with AccessDenied", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.protection.protect();
        sheet.getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(e.code).toBe("AccessDenied");
    await Excel.run(async (context) => {
      const p = context.workbook.worksheets.getActiveWorksheet().protection.load("protected");
      await context.sync();
      expect(p.protected).toBe(true);
    });
  });
});

describe("reading ranges", () => {
  test("values, formulas, text, numberFormat and valueTypes read as Office.js reports them", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["Revenue", "14.76", "=1/0", "TRUE", ""]]);
    wb.setNumberFormat("Sheet1", 0, 1, "0.0");
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("A1:E1")
        .load("values, formulas, text, numberFormat, valueTypes");
      await context.sync();
      expect(r.values).toEqual([["Revenue", 14.76, "#DIV/0!", true, ""]]);
      expect(r.formulas).toEqual([["Revenue", 14.76, "=1/0", true, ""]]);
      expect(r.text).toEqual([["Revenue", "14.8", "#DIV/0!", "TRUE", ""]]);
      expect(r.numberFormat).toEqual([["General", "0.0", "General", "General", "General"]]);
      expect(r.valueTypes).toEqual([["String", "Double", "Error", "Boolean", "Empty"]]);
    });
  });

  test("address of a sheet with a space is quoted", async () => {
    const { Excel, wb } = setUp();
    for (const name of ["My Sheet", "It's", "ev1", "喜马拉雅"]) wb.addSheet(name);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ranges = ["Sheet1", "My Sheet", "It's", "ev1", "喜马拉雅"].map((n) =>
        sheets.getItem(n).getRange("A1:C3").load("address")
      );
      const cell = sheets.getItem("My Sheet").getRange("B2").load("address");
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "Sheet1!A1:C3",
        "'My Sheet'!A1:C3",
        "'It''s'!A1:C3",
        "'ev1'!A1:C3",
        "喜马拉雅!A1:C3",
      ]);
      expect(cell.address).toBe("'My Sheet'!B2");
    });
  });

  test("rowIndex, columnIndex, rowCount, columnCount and cellCount describe the range", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("B3:D7")
        .load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await context.sync();
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount]).toEqual([
        2, 1, 5, 3, 15,
      ]);
    });
  });

  test("getCell, getResizedRange, getOffsetRange, getBoundingRect, getRow, getColumn, getLastRow and getLastColumn", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getActiveWorksheet().getRange("B2:D4");
      const derived = [
        base.getCell(1, 1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getBoundingRect("F8"),
        base.getRow(0),
        base.getColumn(2),
        base.getLastRow(),
        base.getLastColumn(),
        base.getEntireColumn(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(derived.map((r) => r.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:C5",
        "Sheet1!C4:E6",
        "Sheet1!B2:F8",
        "Sheet1!B2:D2",
        "Sheet1!D2:D4",
        "Sheet1!B4:D4",
        "Sheet1!D2:D4",
        "Sheet1!B:D",
      ]);
    });
  });

  test("a range pushed off the grid is rejected with InvalidArgument", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("an address that isn't one is rejected with InvalidArgument", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:ZZZZ9").load("values");
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("getUsedRange of a blank sheet is A1; getUsedRangeOrNullObject is a null object", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
    });
    typeGrid(
      wb,
      "Sheet1",
      [
        ["a", "b"],
        ["c", "d"],
      ],
      2,
      1
    );
    wb.setFormat("Sheet1", 9, 9, { bold: true });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect([all.address, valuesOnly.address]).toEqual(["Sheet1!B3:J10", "Sheet1!B3:C4"]);
    });
  });

  test("getSelectedRange is the workbook's selection", async () => {
    const { Excel, wb } = setUp();
    wb.select({ sheet: "Sheet1", row: 1, col: 1, rowCount: 2, colCount: 3 });
    await Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(r.address).toBe("Sheet1!B2:D3");
    });
  });

  test("clear() removes contents and formats; clear('Contents') keeps formats", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["1", "2"]]);
    wb.setFormat("Sheet1", 0, 0, { bold: true });
    wb.setFormat("Sheet1", 0, 1, { bold: true });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").clear();
      sheet.getRange("B1").clear("Contents");
    });
    expect([
      wb.cell("Sheet1", 0, 0).format,
      wb.cell("Sheet1", 0, 1).format,
      wb.cell("Sheet1", 0, 1).value,
    ]).toEqual([{}, { bold: true }, ""]);
  });

  test("FIN formulas written through the host spill and read back", async () => {
    registerBuiltFunctions();
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:D1").values = [["营业收入", 14.76, 26.77, 40.5]];
      sheet.getRange("B2").formulas = [["=FIN.GROWTHSERIES(B1:D1)"]];
      sheet.getRange("B2:D2").numberFormat = [["0.0%", "0.0%", "0.0%"]];
    });
    await wb.settled(); // the functions' results arrive after the batch, as in Excel on the web
    await Excel.run(async (context) => {
      const out = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange("B2:D2")
        .load("text, formulas");
      await context.sync();
      expect(out.text).toEqual([["", "81.4%", "51.3%"]]);
      expect(out.formulas[0][0]).toBe("=FIN.GROWTHSERIES(B1:D1)");
    });
  });
});

describe("range formats", () => {
  test("font, fill, alignment and borders are written and read back; mixed values read null", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const head = sheet.getRange("A1:C1");
      head.format.font.bold = true;
      head.format.font.color = "#c00000";
      head.format.fill.color = "lightgray";
      head.format.horizontalAlignment = "Center";
      head.format.borders.getItem("EdgeBottom").style = "Continuous";
      head.format.borders.getItem("EdgeBottom").weight = "Medium";
      const read = head.load(
        "format/font/bold, format/font/color, format/fill/color, format/horizontalAlignment"
      );
      const edge = head.format.borders.getItem("EdgeBottom").load("style, weight");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      await context.sync();
      expect([
        read.format.font.bold,
        read.format.font.color,
        read.format.fill.color,
        read.format.horizontalAlignment,
      ]).toEqual([true, "#C00000", "#D3D3D3", "Center"]);
      expect([edge.style, edge.weight]).toEqual(["Continuous", "Medium"]);
      expect(mixed.bold).toBeNull();
    });
    expect(wb.cell("Sheet1", 0, 1).format).toEqual({
      bold: true,
      color: "#C00000",
      fill: "#D3D3D3",
      horizontalAlignment: "Center",
      borderBottom: "medium",
    });
  });

  test("column width is in points; autofitColumns widens a column to its text", async () => {
    const { Excel, wb } = setUp();
    typeGrid(wb, "Sheet1", [["Total operating expenses"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B:B").format.columnWidth = 96;
      sheet.getRange("A:A").format.autofitColumns();
      const widths = ["A1", "B1", "C1"].map((a) => sheet.getRange(a).format.load("columnWidth"));
      await context.sync();
      expect(widths[0].columnWidth).toBeGreaterThan(48);
      expect([widths[1].columnWidth, widths[2].columnWidth]).toEqual([96, 48]);
    });
    expect(wb.sheet("Sheet1").columnWidths.get(1)).toBe(128);
  });
});
