import { createWorkbook } from "../../../src/workbench/model";
import type { EditableWorkbook } from "../../../src/workbench/model";

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function typed(wb: EditableWorkbook, input: string) {
  wb.typeInput("Sheet1", 0, 0, input);
  return wb.cell("Sheet1", 0, 0);
}

describe("typed input is read as Excel (en-US) reads it", () => {
  const wb = createWorkbook();
  test.each([
    ["1,234", 1234],
    ["(26.94)", -26.94],
    ["-5", -5],
    ["+5", 5],
    ["1e3", 1000],
    [" 40.50 ", 40.5],
  ])("%s is the number %p", (input, value) => {
    expect(typed(wb, input).value).toBe(value);
  });
  test("12% is 0.12 shown as 12%, 12.5% is shown with one decimal", () => {
    wb.setNumberFormat("Sheet1", 0, 0, "General");
    expect(typed(wb, "12%")).toMatchObject({ value: 0.12, numberFormat: "0%", text: "12%" });
    wb.setNumberFormat("Sheet1", 0, 0, "General");
    expect(typed(wb, "12.5%")).toMatchObject({ value: 0.125, numberFormat: "0.0%", text: "12.5%" });
    wb.setNumberFormat("Sheet1", 0, 0, "General");
  });
  test("1,234 typed into a General cell is shown with a thousands separator", () => {
    expect(typed(wb, "1,234")).toMatchObject({ value: 1234, numberFormat: "#,##0", text: "1,234" });
    wb.setNumberFormat("Sheet1", 0, 0, "General");
  });
  test("TRUE and false are booleans", () => {
    expect(typed(wb, "TRUE").value).toBe(true);
    expect(typed(wb, "false").value).toBe(false);
  });
  test.each(["2018年", "Q1 2022", "注1", "12%x", "1/2/3/4"])("%s stays text", (input) => {
    expect(typed(wb, input)).toMatchObject({ value: input, formula: input, text: input });
  });
  test("a leading apostrophe forces text", () => {
    expect(typed(wb, "'123")).toMatchObject({ value: "123", text: "123" });
    expect(typed(wb, "'=A1")).toMatchObject({ value: "=A1", formula: "=A1" });
  });
  test("=… is a formula; +A1 becomes =+A1", () => {
    wb.typeInput("Sheet1", 1, 0, "7");
    expect(typed(wb, "=A2*2")).toMatchObject({ value: 14, formula: "=A2*2", text: "14" });
    expect(typed(wb, "+A2")).toMatchObject({ value: 7, formula: "=+A2" });
  });
  test("a dash that starts a label is kept as text", () => {
    expect(typed(wb, "- Cost of revenue").value).toBe("- Cost of revenue");
  });
  test("a formula Excel can't read is refused with InvalidArgument", () => {
    expect(() => typed(wb, "=1+")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
  test("empty input clears the cell", () => {
    expect(typed(wb, "")).toMatchObject({ value: "", formula: "", text: "" });
  });
});

describe("writeValue follows range.values", () => {
  const wb = createWorkbook();
  test("a string starting with = becomes a formula; null leaves the cell; '' clears it", () => {
    wb.writeValue("Sheet1", 0, 0, 2);
    wb.writeValue("Sheet1", 0, 1, "=A1+1");
    expect(wb.cell("Sheet1", 0, 1)).toMatchObject({ value: 3, formula: "=A1+1" });
    wb.writeValue("Sheet1", 0, 1, null);
    expect(wb.cell("Sheet1", 0, 1).value).toBe(3);
    wb.writeValue("Sheet1", 0, 1, "");
    expect(wb.cell("Sheet1", 0, 1)).toMatchObject({ value: "", formula: "" });
  });
  test("number-like strings are read as Excel reads typed input", () => {
    wb.writeValue("Sheet1", 1, 0, "1,234");
    expect(wb.cell("Sheet1", 1, 0).value).toBe(1234);
    wb.writeValue("Sheet1", 1, 1, "-5");
    expect(wb.cell("Sheet1", 1, 1)).toMatchObject({ value: -5, formula: -5 });
  });
  test("objects are refused with InvalidArgument", () => {
    expect(() => wb.writeValue("Sheet1", 0, 0, { a: 1 })).toThrow(
      expect.objectContaining({ code: "InvalidArgument" })
    );
    expect(() => wb.writeValue("Sheet1", 0, 0, Number.NaN)).toThrow(
      expect.objectContaining({ code: "InvalidArgument" })
    );
  });
});

describe("errors report Excel's text and the engine's message", () => {
  const wb = createWorkbook();
  test.each([
    ["=1/0", "#DIV/0!"],
    ['=1+"x"', "#VALUE!"],
    ["=NA()", "#N/A"],
    ["=SQRT(-1)", "#NUM!"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ["=Nowhere!A1", "#REF!"],
  ])("%s is %s", (formula, code) => {
    wb.typeInput("Sheet1", 0, 0, formula);
    const c = wb.cell("Sheet1", 0, 0);
    expect(c).toMatchObject({ value: code, text: code, error: { code } });
  });
  test("#NAME? carries the engine's message", () => {
    wb.typeInput("Sheet1", 0, 0, "=NOSUCHFUNCTION(1)");
    expect(wb.cell("Sheet1", 0, 0).error?.message).toMatch(/NOSUCHFUNCTION/);
  });
});

describe("spilled arrays", () => {
  test("a formula returning an array spills; the spilled cells know it", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=SEQUENCE(3)");
    expect([0, 1, 2].map((r) => wb.cell("Sheet1", r, 0).value)).toEqual([1, 2, 3]);
    expect(wb.cell("Sheet1", 0, 0).spilled).toBe(false);
    expect(wb.cell("Sheet1", 2, 0)).toMatchObject({ spilled: true, formula: 3 });
  });
  test("a blocked spill shows #SPILL!, and spills again once the way is clear", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 1, 0, "in the way");
    wb.typeInput("Sheet1", 0, 0, "=SEQUENCE(3)");
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ value: "#SPILL!", error: { code: "#SPILL!" } });
    wb.typeInput("Sheet1", 1, 0, "");
    expect([0, 1, 2].map((r) => wb.cell("Sheet1", r, 0).value)).toEqual([1, 2, 3]);
  });
  test("typing into a spilled cell blocks the spill", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=SEQUENCE(3)");
    wb.typeInput("Sheet1", 2, 0, "5");
    expect(wb.cell("Sheet1", 0, 0).value).toBe("#SPILL!");
  });
});

describe("sheets", () => {
  test("a sheet name of 32 characters is rejected", () => {
    const wb = createWorkbook();
    expect(() => wb.addSheet("x".repeat(32))).toThrow(
      expect.objectContaining({ code: "InvalidArgument" })
    );
    wb.addSheet("x".repeat(31));
  });
  test("sheet names are unique ignoring case", () => {
    const wb = createWorkbook();
    expect(() => wb.addSheet("SHEET1")).toThrow(
      expect.objectContaining({ code: "ItemAlreadyExists" })
    );
  });
  test.each(["", "  ", "a/b", "a\\b", "a?b", "a*b", "a:b", "a[b", "a]b", "'quoted", "quoted'"])(
    "the name %p is rejected",
    (name) => {
      expect(() => createWorkbook().addSheet(name)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      );
    }
  );
  test("formulas reach sheets with spaces, apostrophes and Chinese names", () => {
    const wb = createWorkbook();
    for (const name of ["Agora Inc.", "喜马拉雅", "It's", "ev1"]) wb.addSheet(name);
    wb.typeInput("Agora Inc.", 2, 2, "1");
    wb.typeInput("喜马拉雅", 1, 3, "2");
    wb.typeInput("It's", 0, 0, "3");
    wb.typeInput("ev1", 0, 0, "4");
    wb.typeInput("Sheet1", 0, 0, "='Agora Inc.'!C3+喜马拉雅!D2+'It''s'!A1+'ev1'!A1");
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({
      value: 10,
      formula: "='Agora Inc.'!C3+喜马拉雅!D2+'It''s'!A1+'ev1'!A1",
    });
    wb.typeInput("Sheet1", 0, 1, "='喜马拉雅'!D2");
    expect(wb.cell("Sheet1", 0, 1)).toMatchObject({ value: 2, formula: "=喜马拉雅!D2" });
  });
  test("a new sheet is appended and not activated", () => {
    const wb = createWorkbook();
    wb.addSheet("Data");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Data"]);
    expect(wb.activeSheet()).toBe("Sheet1");
  });
});

describe("formats, used range, listeners", () => {
  test("used range covers values and formats; valuesOnly ignores formats; a blank sheet has none", () => {
    const wb = createWorkbook();
    expect(wb.usedRange("Sheet1")).toBeNull();
    wb.typeInput("Sheet1", 1, 1, "x");
    wb.setFormat("Sheet1", 4, 3, { bold: true });
    expect(wb.usedRange("Sheet1")).toEqual({
      sheet: "Sheet1",
      row: 1,
      col: 1,
      rowCount: 4,
      colCount: 3,
    });
    expect(wb.usedRange("Sheet1", true)).toEqual({
      sheet: "Sheet1",
      row: 1,
      col: 1,
      rowCount: 1,
      colCount: 1,
    });
  });
  test("clear removes contents, formats or both", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "12%");
    wb.setFormat("Sheet1", 0, 0, { bold: true });
    wb.clear({ sheet: "Sheet1", row: 0, col: 0, rowCount: 1, colCount: 1 }, "Contents");
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({
      value: "",
      numberFormat: "0%",
      format: { bold: true },
    });
    wb.clear({ sheet: "Sheet1", row: 0, col: 0, rowCount: 1, colCount: 1 });
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ numberFormat: "General", format: {} });
  });
  test("a protected sheet refuses edits with AccessDenied", () => {
    const wb = createWorkbook();
    wb.updateSheet("Sheet1", { protected: true });
    expect(() => wb.typeInput("Sheet1", 0, 0, "1")).toThrow(
      expect.objectContaining({ code: "AccessDenied" })
    );
  });
  test("listeners hear once per burst of changes, and can unsubscribe", async () => {
    const wb = createWorkbook();
    const heard = jest.fn();
    const stop = wb.subscribe(heard);
    wb.typeInput("Sheet1", 0, 0, "1");
    wb.typeInput("Sheet1", 0, 1, "2");
    wb.select({ sheet: "Sheet1", row: 1, col: 1, rowCount: 1, colCount: 1 });
    await flush();
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    wb.typeInput("Sheet1", 0, 0, "3");
    await flush();
    expect(heard).toHaveBeenCalledTimes(1);
  });
  test("charts read their series from the source range", () => {
    const wb = createWorkbook();
    [
      ["", "2018", "2019"],
      ["Revenue", "14.76", "26.77"],
    ].forEach((row, r) => row.forEach((v, c) => wb.typeInput("Sheet1", r, c, v)));
    wb.typeInput("Sheet1", 0, 1, "'2018");
    wb.typeInput("Sheet1", 0, 2, "'2019");
    const chart = wb.addChart("Sheet1", {
      type: "ColumnClustered",
      source: { sheet: "Sheet1", row: 0, col: 0, rowCount: 2, colCount: 3 },
      seriesBy: "Rows",
    });
    expect(chart).toMatchObject({
      name: "Chart 1",
      source: "Sheet1!A1:C2",
      categories: ["2018", "2019"],
      series: [{ name: "Revenue", values: [14.76, 26.77] }],
    });
  });
});
