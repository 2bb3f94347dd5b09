/* FIN.PPCHANGE as a formula: argument count, types, edge values, shapes and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

const hf = sheetWith(
  [
    [0.4132, 0.3, -0.1, null, "45%", "abc", "=1/0", "N/A"],
    [0.9267, 0.25, 0.2, 0.5, "40%", 0.1, 0.1, 0.1],
  ],
  {
    A4: "=FIN.PPCHANGE(A1:C1,A2:C2)",
    A5: "=FIN.PPCHANGE(D1:H1,D2:H2)",
    A6: "=FIN.PPCHANGE(A1:C1,A2:B2)",
    A7: "=FIN.PPCHANGE(A1)",
    A8: "=FIN.PPCHANGE(A1,A2,B2)",
    A9: "=FIN.PPCHANGE(A1:C1,B2)",
  }
);

describe("FIN.PPCHANGE", () => {
  test("ordinary use: 41.32 % after 92.67 % is −51.35 pp; 30 % after 25 % is +5 pp; −10 % after 20 % is −30 pp", () => {
    expect(rounded(across(hf, "A4", 3), 2)).toEqual([-51.35, 5, -30]);
  });
  test("a ratio written as text (45 %, 40 %) is read: +5 pp", () => {
    expect(rounded(across(hf, "B5", 1), 6)).toEqual([5]);
  });
  test("edge values: a blank ratio or a placeholder gives a blank, never a change from 0", () => {
    const cells = across(hf, "A5", 5);
    expect(cells[0]).toBe("");
    expect(cells[4]).toBe("");
  });
  test("wrong type: text is #VALUE! naming the argument; an input error comes back as itself", () => {
    expect(across(hf, "C5", 2)).toEqual(["#VALUE!", "#DIV/0!"]);
    expect(message(hf, "C5")).toBe('current: "abc" is not a number');
  });
  test("a single prior against a row of ratios", () => {
    // (0.4132 − 0.25) × 100, (0.3 − 0.25) × 100, (−0.1 − 0.25) × 100.
    expect(rounded(across(hf, "A9", 3), 2)).toEqual([16.32, 5, -35]);
  });
  test("mismatched shapes are one #VALUE! naming both shapes", () => {
    expect(value(hf, "A6")).toBe("#VALUE!");
    expect(message(hf, "A6")).toBe("prior is 1×2 and current is 1×3: the shapes don't fit");
  });
  test("wrong argument count: one or three arguments are refused", () => {
    expect(value(hf, "A7")).toBe("#N/A");
    expect(value(hf, "A8")).toBe("#N/A");
  });
});
