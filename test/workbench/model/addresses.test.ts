import {
  columnIndex,
  columnLetters,
  formatRangeAddress,
  formatSheetAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  splitSheetPrefix,
  unquoteSheetName,
} from "../../../src/references";
import {
  fromEngineFormula,
  shiftFormula,
  toEngineFormula,
} from "../../../src/workbench/model/formulaText";

describe("column letters", () => {
  test("round-trip every column of the grid", () => {
    for (let i = 0; i < MAX_COLUMNS; i++) expect(columnIndex(columnLetters(i))).toBe(i);
  });
  test("A, Z, AA, XFD are the first, 26th, 27th and last columns", () => {
    expect([
      columnLetters(0),
      columnLetters(25),
      columnLetters(26),
      columnLetters(MAX_COLUMNS - 1),
    ]).toEqual(["A", "Z", "AA", "XFD"]);
  });
  test("columns past XFD are off the grid", () => {
    expect(columnIndex("XFE")).toBeNull();
    expect(() => columnLetters(MAX_COLUMNS)).toThrow(RangeError);
  });
});

describe("quoteSheetName", () => {
  test.each([
    ["Sheet1", "Sheet1"],
    ["Agora Inc.", "'Agora Inc.'"],
    ["It's", "'It''s'"],
    ["a-b", "'a-b'"],
    ["Sheet.1", "Sheet.1"],
    ["Sheet_1", "Sheet_1"],
    ["喜马拉雅", "喜马拉雅"],
    ["École1", "École1"],
    ["2018", "'2018'"],
    ["ev1", "'ev1'"],
    ["XFD1048576", "'XFD1048576'"],
    ["ABCD1", "ABCD1"],
    ["R2C3", "'R2C3'"],
    ["C1x", "'C1x'"],
    ["R", "'R'"],
    ["Revenue", "Revenue"],
  ])("%s is written %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
    expect(unquoteSheetName(quoted)).toBe(name);
  });
});

describe("parseAddress", () => {
  test("a cell, a range, absolute references", () => {
    expect(parseAddress("B3")).toEqual({ sheet: null, row: 2, col: 1, rowCount: 1, colCount: 1 });
    expect(parseAddress("$A$1:C3")).toEqual({
      sheet: null,
      row: 0,
      col: 0,
      rowCount: 3,
      colCount: 3,
    });
    expect(parseAddress("C3:A1")).toEqual({
      sheet: null,
      row: 0,
      col: 0,
      rowCount: 3,
      colCount: 3,
    });
  });
  test("quoted and bare sheet names", () => {
    expect(parseAddress("'It''s'!A1")?.sheet).toBe("It's");
    expect(parseAddress("'Agora Inc.'!C3")).toEqual({
      sheet: "Agora Inc.",
      row: 2,
      col: 2,
      rowCount: 1,
      colCount: 1,
    });
    expect(parseAddress("喜马拉雅!D2")?.sheet).toBe("喜马拉雅");
    expect(splitSheetPrefix("'a!b'!A1")).toEqual({ sheet: "a!b", local: "A1" });
  });
  test("whole columns and rows", () => {
    expect(parseAddress("A:C")).toEqual({
      sheet: null,
      row: 0,
      col: 0,
      rowCount: MAX_ROWS,
      colCount: 3,
    });
    expect(parseAddress("2:4")).toEqual({
      sheet: null,
      row: 1,
      col: 0,
      rowCount: 3,
      colCount: MAX_COLUMNS,
    });
  });
  test("malformed addresses give null", () => {
    for (const bad of ["", "A", "1", "A0", "XFE1", "A1:B2:C3", "A1:", "hello"])
      expect(parseAddress(bad)).toBeNull();
  });
  test("format writes what parse reads", () => {
    expect(formatRangeAddress({ row: 0, col: 0, rowCount: 3, colCount: 3 })).toBe("A1:C3");
    expect(formatRangeAddress({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: 1 })).toBe("A:A");
    expect(formatRangeAddress({ row: 1, col: 0, rowCount: 1, colCount: MAX_COLUMNS })).toBe("2:2");
    expect(
      formatSheetAddress({ sheet: "My Sheet", row: 0, col: 0, rowCount: 3, colCount: 3 })
    ).toBe("'My Sheet'!A1:C3");
  });
});

describe("formula text", () => {
  test("sheet references are quoted for the engine and written back as Excel writes them", () => {
    expect(toEngineFormula("=喜马拉雅!D2+'It''s'!A1")).toBe("='喜马拉雅'!D2+'It''s'!A1");
    expect(fromEngineFormula("='喜马拉雅'!D2+'Agora Inc.'!C3+'Sheet1'!A1")).toBe(
      "=喜马拉雅!D2+'Agora Inc.'!C3+Sheet1!A1"
    );
  });
  test("string literals are left alone", () => {
    expect(toEngineFormula('="x!y"&A1')).toBe('="x!y"&A1');
    expect(shiftFormula('="A1"&A1', 1, 0)).toBe('="A1"&A2');
  });
  test("relative references move, absolute ones stay, function names are not references", () => {
    expect(shiftFormula("=B1*$C$1+LOG10(A$2)+$D3", 2, 1)).toBe("=C3*$C$1+LOG10(B$2)+$D5");
    expect(shiftFormula("=FIN.GROWTH(B2:D2,A1)", 1, 0)).toBe("=FIN.GROWTH(B3:D3,A2)");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
  });
});
