/*
 * The FIN functions as formulas in a real formula engine (HyperFormula), registered from the
 * production dist/functions.json and dist/functions.js, over sheets made from the fixtures.
 */
import { parseTypedNumber } from "../../src/metrics";
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { message, sheetWith, value } from "./sheet";
import { fixture } from "../helpers/csv";

/** Fixture cells as a person typing them would leave them: numbers read as Excel reads them, blanks empty. */
function typed(rows: string[][]): Array<Array<string | number | null>> {
  return rows.map((row) => row.map((c) => (c === "" ? null : (parseTypedNumber(c) ?? c))));
}

// Registered before the sheets below are built (describe bodies run at collection time).
registerBuiltFunctions();

describe("FIN functions on the Ximalaya sheet (2018年–2020年 across, RMB 亿元)", () => {
  // Row 2 营业收入, 3 订阅收入, 4 广告收入 (2019 blank), 8 带宽成本, 9 总营业费用, 10 净利润.
  const rows = typed(fixture("ximalaya-annual-2018-2020.csv"));
  const hf = sheetWith(rows, {
    F2: "=FIN.GROWTHSERIES(B2:D2)",
    F4: "=FIN.GROWTHSERIES(B4:D4)",
    F9: "=FIN.EXPENSERATIO(B9:D9,B2:D2)",
    F10: "=FIN.LOSSRATE(B10:D10,B2:D2)",
    F11: "=FIN.CAGR(B2,D2,2)",
    F12: "=FIN.CUMULATIVE(B10:D10)",
    F13: "=FIN.SHARE(D3:D6,D2)",
    F17: "=FIN.MARGIN(B8:D8,B2:D2)",
    F18: "=FIN.PPCHANGE(D9/D2,C9/C2)",
    F19: "=FIN.GROWTH(D10,C10)",
  });

  test("revenue growth spills across: blank, 81.4 %, 51.3 %", () => {
    expect(value(hf, "F2")).toBe("");
    expect(value(hf, "G2")).toBeCloseTo(0.8137, 4);
    expect(value(hf, "H2")).toBeCloseTo(0.5129, 4);
  });
  test("advertising growth is blank around the undisclosed 2019, never computed over 0", () => {
    expect([value(hf, "F4"), value(hf, "G4"), value(hf, "H4")]).toEqual(["", "", ""]);
  });
  test("the period expense ratio (总营业费用 ÷ 营业收入) is 65.0 % in 2020", () => {
    expect(value(hf, "H9")).toBeCloseTo(0.65, 3);
    expect(value(hf, "F9")).toBeCloseTo(0.9234, 4);
  });
  test("net loss rate is positive for the loss-making company", () => {
    expect(value(hf, "F10")).toBeCloseTo(0.5244, 4);
    expect(value(hf, "H10")).toBeCloseTo(0.1494, 4);
  });
  test("CAGR 2018–2020 is 65.6 %", () => {
    expect(value(hf, "F11")).toBeCloseTo(0.6565, 4);
  });
  test("cumulative net loss spills: −7.74, −15.47, −21.52", () => {
    expect(
      [value(hf, "F12"), value(hf, "G12"), value(hf, "H12")].map((v) =>
        Number((v as number).toFixed(2))
      )
    ).toEqual([-7.74, -15.47, -21.52]);
  });
  test("2020 revenue mix spills down: subscription 43.3 %, advertising 26.5 %, live streaming 17.7 %, education 5.6 %", () => {
    expect(
      [value(hf, "F13"), value(hf, "F14"), value(hf, "F15"), value(hf, "F16")].map((v) =>
        Number((v as number).toFixed(3))
      )
    ).toEqual([0.433, 0.265, 0.177, 0.056]);
  });
  test("bandwidth cost ratio and the change of the expense ratio in percentage points", () => {
    expect(value(hf, "H17")).toBeCloseTo(0.0279, 4);
    expect(value(hf, "F18")).toBeCloseTo(-7.046, 2);
  });
  test("a smaller loss is positive growth", () => {
    expect(value(hf, "F19")).toBeCloseTo(0.2173, 4);
  });
});

describe("FIN functions on the Agora sheet (Q1 2021, Q1 2022; losses in parentheses)", () => {
  const hf = sheetWith(fixture("agora-quarterly-q1-2021-2022.csv"), {
    E2: "=FIN.GROWTH(C2,B2)",
    E3: "=FIN.EXPENSERATIO(B3:C3,B2:C2)",
    E4: "=FIN.EXPENSERATIO(B4:C4,B2:C2)",
    E5: "=FIN.LOSSRATE(B5:C5,B2:C2)",
    E6: "=FIN.PPCHANGE(F5,E5)",
    // TRUE() not TRUE: the workbench reads a literal TRUE as a name (#NAME?) until it follows Excel.
    E7: "=FIN.GROWTH(C5,B5,TRUE())",
    E8: "=FIN.GROWTH(C5,B5)",
    E9: "=FIN.EXPENSERATIO(B3:C3,B2:C2,,B4:C4)",
  });
  test("the CSV keeps the numbers as text, and FIN reads them as Excel reads typed numbers", () => {
    expect(value(hf, "C5")).toBe("(26.94)");
    expect(value(hf, "F5")).toBeCloseTo(0.698, 3);
  });
  test("revenue fell 4 % year on year", () => {
    expect(value(hf, "E2")).toBeCloseTo(-0.04, 3);
  });
  test("R&D ratio 62.7 % → 80.4 %, sales and marketing 21.7 % → 35.9 %", () => {
    expect(value(hf, "E3")).toBeCloseTo(0.627, 3);
    expect(value(hf, "F3")).toBeCloseTo(0.804, 3);
    expect(value(hf, "E4")).toBeCloseTo(0.217, 3);
    expect(value(hf, "F4")).toBeCloseTo(0.359, 3);
  });
  test("the net loss widened from (14.67) to (26.94): +83.6 % with negate, −83.6 % as written", () => {
    expect(value(hf, "E7")).toBeCloseTo(0.8364, 4);
    expect(value(hf, "E8")).toBeCloseTo(-0.8364, 4);
  });
  test("R&D and sales and marketing in one call: 84.4 % → 116.3 % of revenue", () => {
    // (25.21 + 8.74) ÷ 40.2 = 0.8445; (31.03 + 13.86) ÷ 38.59 = 1.1633.
    expect(value(hf, "E9")).toBeCloseTo(0.8445, 4);
    expect(value(hf, "F9")).toBeCloseTo(1.1633, 4);
  });
  test("net loss rate 36.5 % → 69.8 %, up 33.3 percentage points", () => {
    expect(value(hf, "E5")).toBeCloseTo(0.365, 3);
    expect(value(hf, "E6")).toBeCloseTo(33.3, 1);
  });
});

describe("bad input gives the right Excel error and, where Excel shows one, a message", () => {
  const hf = sheetWith(
    [
      [10, 0, "abc", null, -5, true],
      [1, 2, 3, null, null, null],
    ],
    {
      A4: "=FIN.GROWTH(A1,B1)",
      A5: "=FIN.GROWTH(C1,A1)",
      A6: "=FIN.GROWTH(A1:B1,A2:C2)",
      A7: "=FIN.GROWTH(A1,D1)",
      A8: "=FIN.EXPENSERATIO(A1,E1)",
      A9: "=FIN.CAGR(E1,A1,2)",
      A10: "=FIN.GROWTH(A1,1/0)",
      A11: "=FIN.GROWTHSERIES(A2:C2,0)",
      A12: "=FIN.LOSSRATE(A1,B1)",
      A13: "=FIN.GROWTH(A1,F1)",
    }
  );
  test("a zero prior is #DIV/0!", () => expect(value(hf, "A4")).toBe("#DIV/0!"));
  test("text that is not a number is #VALUE! naming the argument and the text", () => {
    expect(value(hf, "A5")).toBe("#VALUE!");
    expect(message(hf, "A5")).toBe('current: "abc" is not a number');
  });
  test("shapes that don't fit are #VALUE! giving both shapes", () => {
    expect(value(hf, "A6")).toBe("#VALUE!");
    expect(message(hf, "A6")).toBe("current is 1×2 and prior is 1×3: the shapes don't fit");
  });
  test("a blank cell is unknown: the result is blank, never computed as 0", () =>
    expect(value(hf, "A7")).toBe(""));
  test("a ratio over a negative revenue is #NUM!", () => expect(value(hf, "A8")).toBe("#NUM!"));
  test("CAGR from a negative begin is #NUM! as RRI", () => expect(value(hf, "A9")).toBe("#NUM!"));
  test("an Excel error in an input comes back as that error", () =>
    expect(value(hf, "A10")).toBe("#DIV/0!"));
  test("a lag of 0 is #NUM!", () => expect(value(hf, "A11")).toBe("#NUM!"));
  test("loss rate over zero revenue is #DIV/0!", () => expect(value(hf, "A12")).toBe("#DIV/0!"));
  test("a boolean is #VALUE!", () => expect(value(hf, "A13")).toBe("#VALUE!"));
});
