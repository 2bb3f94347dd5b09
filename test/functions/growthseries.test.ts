/* FIN.GROWTHSERIES as a formula: argument count, types, edge values, lag, negate and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Row 1 Ximalaya revenue, row 2 its net loss written negative, row 3 Agora's loss as printed, row 4
// odd inputs.
const hf = sheetWith(
  [
    [14.76, 26.77, 40.5, null, null],
    [-7.74, -7.73, -6.05, null, null],
    ["(14.67)", "(26.94)", null, null, null],
    [10, 0, 5, "abc", 7],
  ],
  {
    A6: "=FIN.GROWTHSERIES(A1:C1)",
    A7: "=FIN.GROWTHSERIES(A2:C2,,TRUE())",
    A8: "=FIN.GROWTHSERIES(A2:C2)",
    A9: "=FIN.GROWTHSERIES(A3:B3,1,TRUE())",
    A10: "=FIN.GROWTHSERIES(A4:E4)",
    A11: "=FIN.GROWTHSERIES(A4:E4,2)",
    A12: "=FIN.GROWTHSERIES(A1:C1,0)",
    A13: "=FIN.GROWTHSERIES()",
    A14: "=FIN.GROWTHSERIES(A1:C1,1,TRUE(),1)",
    A15: '=FIN.GROWTHSERIES(A1:C1,1,"no way")',
  }
);

describe("FIN.GROWTHSERIES", () => {
  test("ordinary use: Ximalaya revenue growth blank, 81.37 %, 51.29 %", () => {
    expect(rounded(across(hf, "A6", 3))).toEqual(["", 0.8137, 0.5129]);
  });
  test("negate: the net loss −7.74, −7.73, −6.05 shrank: −0.13 %, −21.73 %; as written +0.13 %, +21.73 %", () => {
    // (7.73 − 7.74) ÷ 7.74 and (6.05 − 7.73) ÷ 7.73.
    expect(rounded(across(hf, "A7", 3))).toEqual(["", -0.0013, -0.2173]);
    expect(rounded(across(hf, "A8", 3))).toEqual(["", 0.0013, 0.2173]);
  });
  test("negate on losses in parentheses: (14.67) → (26.94) is +83.64 %", () => {
    expect(rounded(across(hf, "A9", 2))).toEqual(["", 0.8364]);
  });
  test("edge values: growth over a zero period is #DIV/0!; text is #VALUE! on both sides of it", () => {
    // 0 over 10 is −100 %; 5 over 0 has no base.
    expect(across(hf, "A10", 5)).toEqual(["", -1, "#DIV/0!", "#VALUE!", "#VALUE!"]);
    expect(message(hf, "D10")).toBe('values: "abc" is not a number');
  });
  test("lag 2 compares each period with the one two before", () => {
    // 5 over 10 = −50 %, "abc" over 0 is #VALUE!, 7 over 5 = +40 %.
    expect(rounded(across(hf, "A11", 5))).toEqual(["", "", -0.5, "#VALUE!", 0.4]);
  });
  test("a lag of 0 is #NUM!; negate that is not TRUE or FALSE is #VALUE!", () => {
    expect(value(hf, "A12")).toBe("#NUM!");
    expect(value(hf, "A15")).toBe("#VALUE!");
  });
  test("wrong argument count: none or four arguments are refused", () => {
    expect(value(hf, "A13")).toBe("#N/A");
    expect(value(hf, "A14")).toBe("#N/A");
  });
});
