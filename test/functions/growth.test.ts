/* FIN.GROWTH as a formula: argument count, types, edge values, shapes, negate and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Row 1 Agora net loss Q1 2021, Q1 2022 as printed, row 2 the same written positive, row 3 written
// negative; rows 4–5 current and prior with odd inputs.
const hf = sheetWith(
  [
    ["(14.67)", "(26.94)"],
    [14.67, 26.94],
    [-14.67, -26.94],
    [5, 5, 5, "abc", "—", -222, 26.94],
    [0, null, -5, 1, 1, -207, "14.67"],
  ],
  {
    A7: "=FIN.GROWTH(B1,A1,TRUE())",
    A8: "=FIN.GROWTH(B2,A2)",
    A9: "=FIN.GROWTH(B1,A1)",
    A10: "=FIN.GROWTH(B3,A3,1)",
    A11: "=FIN.GROWTH(B3,A3,FALSE())",
    A12: "=FIN.GROWTH(A4:G4,A5:G5)",
    A13: "=FIN.GROWTH(A4:G4,A5:G5,TRUE())",
    A14: "=FIN.GROWTH(A4:B4,A5:C5)",
    A15: "=FIN.GROWTH(A4)",
    A16: "=FIN.GROWTH(A4,A5,TRUE(),1)",
    A17: '=FIN.GROWTH(B3,A3,"yes")',
  }
);

describe("FIN.GROWTH", () => {
  test("a net loss widening (14.67) → (26.94) is +83.6 % with negate, as 14.67 → 26.94 is without", () => {
    // (26.94 − 14.67) ÷ 14.67 = 0.8364.
    expect(value(hf, "A7")).toBeCloseTo(0.8364, 4);
    expect(value(hf, "A8")).toBeCloseTo(0.8364, 4);
    expect(value(hf, "A10")).toBeCloseTo(0.8364, 4);
  });
  test("without negate a loss written negative keeps the arithmetic sign: −83.6 %", () => {
    expect(value(hf, "A9")).toBeCloseTo(-0.8364, 4);
    expect(value(hf, "A11")).toBeCloseTo(-0.8364, 4);
  });
  test("edge values: zero prior #DIV/0!, blank prior blank, a negative base divides by its size", () => {
    // 5 over −5: (5 − (−5)) ÷ 5 = 2; −222 over −207: −15 ÷ 207 = −0.0725.
    const cells = across(hf, "A12", 7);
    expect(cells.slice(0, 2)).toEqual(["#DIV/0!", ""]);
    expect(rounded(cells.slice(2), 4)).toEqual([2, "#VALUE!", "", -0.0725, 0.8364]);
  });
  test("wrong type: text is #VALUE! naming it; a placeholder is blank", () => {
    expect(message(hf, "D12")).toBe('current: "abc" is not a number');
  });
  test("negate reverses every sign rule: 5 over −5 is −200 %, −222 over −207 is +7.2 %", () => {
    // −5 over 5: −10 ÷ 5; 222 over 207: 15 ÷ 207.
    expect(rounded(across(hf, "C13", 1).concat(across(hf, "F13", 1)), 4)).toEqual([-2, 0.0725]);
  });
  test("negate that is not TRUE or FALSE is #VALUE! naming it", () => {
    expect(value(hf, "A17")).toBe("#VALUE!");
    expect(message(hf, "A17")).toBe('negate: "yes" is not TRUE or FALSE');
  });
  test("mismatched shapes are one #VALUE! naming both shapes", () => {
    expect(message(hf, "A14")).toBe("current is 1×2 and prior is 1×3: the shapes don't fit");
  });
  test("wrong argument count: one or four arguments are refused", () => {
    expect(value(hf, "A15")).toBe("#N/A");
    expect(value(hf, "A16")).toBe("#N/A");
  });
});
