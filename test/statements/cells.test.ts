import { isBlank, isLabelText, readCell } from "../../src/statements/cells";
import { typedNumberCases } from "../fixtures/typedNumbers";

describe("the reader reads a typed figure as the FIN functions do (one table of cases)", () => {
  test.each(typedNumberCases)("%j reads as %p", (text, reading) => {
    const read = readCell(text);
    // The reader has no "not a number": text that is not a figure is a note, unknown like a placeholder.
    if (typeof reading === "number") expect(read).toBeCloseTo(reading, 12);
    else expect(read).toBeNull();
  });
});

describe("readCell reads a figure the way Excel reads typed input", () => {
  test.each([
    [40.5, 40.5],
    [-7.74, -7.74],
    [0, 0],
    ["40.50", 40.5],
    ["1,234.5", 1234.5],
    ["(26.94)", -26.94],
    ["-7.74", -7.74],
    ["12%", 0.12],
    ["$1,234", 1234],
    ["(US$26.94)", -26.94],
    ["１２.５", 12.5],
    ["−5", -5],
    ["40.50*", 40.5],
    ["40.50 注1", 40.5],
    ["40.50(1)", 40.5],
    ["40.50¹", 40.5],
    ["(26.94)*", -26.94],
    ["(1)", -1],
  ])("%p reads as %p", (cell, figure) => {
    expect(readCell(cell)).toBe(figure);
  });

  test.each([
    { cell: "", what: "a blank" },
    { cell: null, what: "an empty cell" },
    { cell: undefined, what: "a missing cell" },
    { cell: "注1", what: "a note reference" },
    { cell: "-", what: "a dash" },
    { cell: "—", what: "an em dash" },
    { cell: "N/A", what: "N/A" },
    { cell: "n.m.", what: "not meaningful" },
    { cell: "#DIV/0!", what: "an error" },
    { cell: "#N/A", what: "an error" },
    { cell: true, what: "a boolean" },
    { cell: Number.POSITIVE_INFINITY, what: "infinity" },
    { cell: "Revenue", what: "text" },
  ])("$what ($cell) is unknown: null, never 0", ({ cell }) => {
    expect(readCell(cell)).toBeNull();
  });
});

describe("isBlank", () => {
  test.each([
    ["", true],
    ["  ", true],
    [null, true],
    [undefined, true],
    [0, false],
    ["-", false],
  ])("%p → %p", (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe("isLabelText tells a line label from notes, numbering and figures", () => {
  test.each(["营业收入", "Total revenues", "其中：营业成本", "一、营业总收入", "R&D"])(
    "%p is a label",
    (cell) => {
      expect(isLabelText(cell)).toBe(true);
    }
  );

  test.each([
    "",
    "1",
    "40.50",
    "注1",
    "附注",
    "五、1",
    "Note 4",
    "(一)",
    "-",
    "N/A",
    "#DIV/0!",
    12,
  ])("%p is not a label", (cell) => {
    expect(isLabelText(cell)).toBe(false);
  });
});
