/* FIN.DECUMULATE as a formula: argument count, types, edge values, shapes and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, down, message, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Row 1 year-to-date figures over six quarters; row 2 with an unknown 6M; row 3 with text;
// row 4 a loss that narrows within the year; column I halves down.
const hf = sheetWith(
  [
    [10, 25, 45, 70, 12, 30, null, null, 4],
    [10, null, 45, 70, null, null, null, null, 10],
    [10, "abc", 45, 70, null, null, null, null, 5],
    [-5, -3, "—", -9, null, null, null, null, null],
  ],
  {
    A6: "=FIN.DECUMULATE(A1:F1)",
    A7: "=FIN.DECUMULATE(A2:D2)",
    A8: "=FIN.DECUMULATE(A3:D3)",
    A9: "=FIN.DECUMULATE(A4:D4)",
    A10: "=FIN.DECUMULATE(A1:F1,0)",
    A11: "=FIN.DECUMULATE(A1:F1,1.5)",
    A12: '=FIN.DECUMULATE(A1:F1,"x")',
    A13: "=FIN.DECUMULATE()",
    A14: "=FIN.DECUMULATE(A1:F1,4,1)",
    A15: "=FIN.DECUMULATE(A1:F1,3)",
    K1: "=FIN.DECUMULATE(I1:I3,2)",
  }
);

describe("FIN.DECUMULATE", () => {
  test("ordinary use: Q3 = 9M − H1; quarters 10, 15, 20, 25 and the next year 12, 18", () => {
    expect(across(hf, "A6", 6)).toEqual([10, 15, 20, 25, 12, 18]);
  });
  test("halves down a column, two a year: 4, 6, then a new year 5", () => {
    expect(down(hf, "K1", 3)).toEqual([4, 6, 5]);
  });
  test("three periods a year restarts at the fourth value: 70 starts a year, 12 − 70 = −58", () => {
    expect(across(hf, "A15", 6)).toEqual([10, 15, 20, 70, -58, 18]);
  });
  test("edge values: an unknown year-to-date figure blanks its period and the next, never subtracting 0", () => {
    expect(across(hf, "A7", 4)).toEqual([10, "", "", 25]);
  });
  test("edge values: a loss that narrows within the year gives a positive quarter; a placeholder is blank", () => {
    expect(across(hf, "A9", 4)).toEqual([-5, 2, "", ""]);
  });
  test("wrong type: text is #VALUE! naming it, in its period and the next", () => {
    expect(across(hf, "A8", 4)).toEqual([10, "#VALUE!", "#VALUE!", 25]);
    expect(message(hf, "B8")).toBe('ytdValues: "abc" is not a number');
  });
  test("periodsPerYear must be a whole number of at least 1", () => {
    expect(value(hf, "A10")).toBe("#NUM!");
    expect(value(hf, "A11")).toBe("#NUM!");
    expect(value(hf, "A12")).toBe("#VALUE!");
  });
  test("wrong argument count: none or three arguments are refused", () => {
    expect(value(hf, "A13")).toBe("#N/A");
    expect(value(hf, "A14")).toBe("#N/A");
  });
});
