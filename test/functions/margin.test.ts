/* FIN.MARGIN as a formula: argument count, types, edge values, shapes and ordinary use. */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { across, message, rounded, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Row 1 Ximalaya revenue 2018–2020 (RMB 亿元), row 2 bandwidth cost, row 3 gross profit 2018 and
// odd inputs, row 4 odd revenues.
const hf = sheetWith(
  [
    [14.76, 26.77, 40.5, null],
    [0.51, 0.75, 1.13, null],
    [6.47, "abc", true, "—", "(0.51)", "=NA()", "=1/0"],
    [0, -5, null, "n/a", 14.76, 1, 1],
  ],
  {
    A6: "=FIN.MARGIN(A2:C2,A1:C1)",
    A7: "=FIN.MARGIN(A3,A1)",
    A8: "=FIN.MARGIN(A2:C2,C1)",
    A9: "=FIN.MARGIN(A3:G3,A1:A1)",
    A10: "=FIN.MARGIN(A2:C2,A4:C4)",
    A11: "=FIN.MARGIN(A2:C2,A1:B1)",
    A12: "=FIN.MARGIN(A2)",
    A13: "=FIN.MARGIN(A2,A1,B1)",
    A14: "=FIN.MARGIN(D2,A1)",
    A15: "=FIN.MARGIN(E3:G3,E4:G4)",
    A16: "=FIN.MARGIN(A2,D4)",
  }
);

describe("FIN.MARGIN", () => {
  test("ordinary use: Ximalaya's bandwidth cost is 3.46 %, 2.80 %, 2.79 % of revenue", () => {
    // 0.51 ÷ 14.76, 0.75 ÷ 26.77, 1.13 ÷ 40.50.
    expect(rounded(across(hf, "A6", 3))).toEqual([0.0346, 0.028, 0.0279]);
  });
  test("gross margin from gross profit: 6.47 ÷ 14.76 = 43.83 %", () => {
    expect(value(hf, "A7")).toBeCloseTo(0.4383, 4);
  });
  test("a single revenue cell against a row of amounts", () => {
    // 0.51 ÷ 40.5, 0.75 ÷ 40.5, 1.13 ÷ 40.5.
    expect(rounded(across(hf, "A8", 3))).toEqual([0.0126, 0.0185, 0.0279]);
  });
  test("wrong type: text and a boolean are #VALUE! naming the argument; a placeholder is blank; (0.51) is −0.51", () => {
    const cells = across(hf, "A9", 5);
    expect(cells[0]).toBeCloseTo(0.4383, 4);
    expect(cells.slice(1, 4)).toEqual(["#VALUE!", "#VALUE!", ""]);
    expect(message(hf, "B9")).toBe('amount: "abc" is not a number');
    expect(message(hf, "C9")).toBe("amount: TRUE is not a number");
    expect(cells[4]).toBeCloseTo(-0.0346, 4);
  });
  test("an input error comes back as itself: #N/A, #DIV/0!", () => {
    expect(across(hf, "A15", 3).slice(1)).toEqual(["#N/A", "#DIV/0!"]);
  });
  test("edge values: zero revenue #DIV/0!, negative revenue #NUM!, blank revenue blank", () => {
    expect(across(hf, "A10", 3)).toEqual(["#DIV/0!", "#NUM!", ""]);
  });
  test("a blank amount gives a blank, never 0 %", () => {
    expect(value(hf, "A14")).toBe("");
  });
  test("a placeholder revenue gives a blank", () => {
    expect(value(hf, "A16")).toBe("");
  });
  test("mismatched shapes are one #VALUE! naming both shapes", () => {
    expect(value(hf, "A11")).toBe("#VALUE!");
    expect(message(hf, "A11")).toBe("revenue is 1×2 and amount is 1×3: the shapes don't fit");
  });
  test("wrong argument count: one or three arguments are refused", () => {
    expect(value(hf, "A12")).toBe("#N/A");
    expect(value(hf, "A13")).toBe("#N/A");
  });
});
