/* FIN.EXPENSERATIO as a formula: argument count, types, edge values, shapes, negate, non-adjacent lines. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, down, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// An A-share style statement, periods across: 营业总收入 132 / 120, then 销售费用, 研发费用 (between,
// left out), 管理费用, 财务费用; the same expenses written negative below; then odd inputs.
const hf = sheetWith(
  [
    ["营业总收入", 132, 120],
    ["销售费用", 12, 10],
    ["研发费用", 9, 8],
    ["管理费用", 6, 5],
    ["财务费用", 3, null],
    ["销售费用", "(12)", "(10)"],
    ["管理费用", "(6)", "(5)"],
    ["财务费用", "(3)", "(3)"],
    ["odd", 0, -5],
    ["odd", "abc", "=NA()"],
  ],
  {
    E1: "=FIN.EXPENSERATIO(B2:C2,B1:C1,,B4:C5)",
    E2: "=FIN.EXPENSERATIO(B6:C8,B1:C1,TRUE())",
    E3: "=FIN.EXPENSERATIO(B6:C6,B1:C1,TRUE(),B7:C7,B8:C8)",
    E4: "=FIN.EXPENSERATIO(B2:C2,B9:C9)",
    E5: "=FIN.EXPENSERATIO(B2:C2,B1:C1,,B10:C10)",
    E6: "=FIN.EXPENSERATIO(B2:C2,B1:C1,,A4:C5)",
    E7: "=FIN.EXPENSERATIO(B2:C2)",
    E8: "=FIN.EXPENSERATIO(B2:C2,B1:C1,,B4:C4,B5:C5,B3:C3,B3:C3)",
    E9: "=FIN.EXPENSERATIO(B2:C4,B1:C1,,,,B5:C5)",
    E10: "=FIN.EXPENSERATIO(B2:B2,B1)",
    E11: "=FIN.EXPENSERATIO(B6:C8,B1:C1)",
    H1: "=FIN.EXPENSERATIO(B2:B3,B1:C1)",
  }
);

describe("FIN.EXPENSERATIO", () => {
  test("non-adjacent lines in one call: (12 + 6 + 3) ÷ 132 = 15.9 %; a blank 财务费用 blanks its period", () => {
    expect(rounded(across(hf, "E1", 2), 3)).toEqual([0.159, ""]);
  });
  test("expenses written negative with negate: +15.9 % and (10 + 5 + 3) ÷ 120 = +15.0 %, in one block or three", () => {
    expect(rounded(across(hf, "E2", 2), 3)).toEqual([0.159, 0.15]);
    expect(rounded(across(hf, "E3", 2), 3)).toEqual([0.159, 0.15]);
  });
  test("without negate, expenses in parentheses give a negative ratio: −15.9 %", () => {
    expect(rounded(across(hf, "E11", 2), 3)).toEqual([-0.159, -0.15]);
  });
  test("the fourth range may be given with the second and third omitted", () => {
    // (12 + 9 + 6 + 3) ÷ 132 = 22.7 %; 财务费用 blank in the second period.
    expect(rounded(across(hf, "E9", 2), 3)).toEqual([0.227, ""]);
  });
  test("edge values: zero revenue #DIV/0!, negative revenue #NUM!", () => {
    expect(across(hf, "E4", 2)).toEqual(["#DIV/0!", "#NUM!"]);
  });
  test("wrong type: text is #VALUE! naming its range; an input error comes back as itself", () => {
    expect(across(hf, "E5", 2)).toEqual(["#VALUE!", "#N/A"]);
    expect(message(hf, "E5")).toBe('expenses2: "abc" is not a number');
  });
  test("a single revenue cell sums every expense", () => {
    expect(value(hf, "E10")).toBeCloseTo(12 / 132, 12);
  });
  test("mismatched shapes: a further range over other periods is #VALUE! naming it", () => {
    expect(message(hf, "E6")).toBe("expenses2 is 2×3 and revenue is 1×2: the shapes don't fit");
    expect(message(hf, "H1")).toBe("expenses is 2×1 and revenue is 1×2: the shapes don't fit");
  });
  test("wrong argument count: one or seven arguments are refused", () => {
    expect(value(hf, "E7")).toBe("#N/A");
    expect(value(hf, "E8")).toBe("#N/A");
  });
  test("periods down: the same expenses over a revenue column", () => {
    const down1 = sheetWith(
      [
        [132, 12, 9, 6, 3],
        [120, 10, 8, 5, null],
      ],
      { G1: "=FIN.EXPENSERATIO(B1:B2,A1:A2,,D1:E2)" }
    );
    expect(rounded(down(down1, "G1", 2), 3)).toEqual([0.159, ""]);
  });
});
