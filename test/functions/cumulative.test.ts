/* FIN.CUMULATIVE as a formula: argument count, types, edge values, shapes, negate and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, down, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Row 1 Ximalaya net loss 2018–2020 (RMB 亿元); rows 2–3 odd inputs; column H the same loss down.
const hf = sheetWith(
  [
    [-7.74, -7.73, -6.05, null, null, null, null, -7.74],
    [1, null, 2, "—", 0, 0, null, -7.73],
    [1, "abc", 2, "=1/0", 5, "(7.74)", "(7.73)", -6.05],
    [1, 2, null, null, null, null, null, null],
    [3, 4, null, null, null, null, null, null],
  ],
  {
    A7: "=FIN.CUMULATIVE(A1:C1)",
    A8: "=FIN.CUMULATIVE(A1:C1,TRUE())",
    A9: "=FIN.CUMULATIVE(A2:F2)",
    A10: "=FIN.CUMULATIVE(A3:E3)",
    A11: "=FIN.CUMULATIVE(F3:G3,1)",
    A12: "=FIN.CUMULATIVE(A4:B5)",
    A15: '=FIN.CUMULATIVE(A1:C1,"maybe")',
    A16: "=FIN.CUMULATIVE()",
    A17: "=FIN.CUMULATIVE(A1:C1,TRUE(),1)",
    J1: "=FIN.CUMULATIVE(H1:H3)",
  }
);

describe("FIN.CUMULATIVE", () => {
  test("ordinary use: Ximalaya's cumulative net loss −7.74, −15.47, −21.52", () => {
    expect(rounded(across(hf, "A7", 3), 2)).toEqual([-7.74, -15.47, -21.52]);
  });
  test("negate TRUE adds up the losses as amounts: 7.74, 15.47, 21.52; so does 1", () => {
    expect(rounded(across(hf, "A8", 3), 2)).toEqual([7.74, 15.47, 21.52]);
    expect(rounded(across(hf, "A11", 2), 2)).toEqual([7.74, 15.47]);
  });
  test("down a column it spills down", () => {
    expect(rounded(down(hf, "J1", 3), 2)).toEqual([-7.74, -15.47, -21.52]);
  });
  test("a block of lines × periods runs along each line", () => {
    expect(across(hf, "A12", 2)).toEqual([1, 3]);
    expect(across(hf, "A13", 2)).toEqual([3, 7]);
  });
  test("edge values: after a blank period every total is blank, never carried over 0; zeros add nothing", () => {
    expect(across(hf, "A9", 6)).toEqual([1, "", "", "", "", ""]);
  });
  test("wrong type: text is #VALUE! naming it, and the totals after it are that error too", () => {
    expect(across(hf, "A10", 5)).toEqual([1, "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"]);
    expect(message(hf, "B10")).toBe('values: "abc" is not a number');
  });
  test("negate must be TRUE or FALSE: a word is #VALUE! naming it", () => {
    expect(value(hf, "A15")).toBe("#VALUE!");
    expect(message(hf, "A15")).toBe('negate: "maybe" is not TRUE or FALSE');
  });
  test("wrong argument count: none or three arguments are refused", () => {
    expect(value(hf, "A16")).toBe("#N/A");
    expect(value(hf, "A17")).toBe("#N/A");
  });
});
