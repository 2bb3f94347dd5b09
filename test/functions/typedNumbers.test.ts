/*
 * The shared table of typed numbers, through a FIN formula in HyperFormula: a figure is read as a
 * number, a placeholder gives a blank result (not #VALUE!), other text #VALUE! naming the text.
 */
import { registerBuiltFunctions } from "../helpers/builtFunctions";
import { typedNumberCases } from "../fixtures/typedNumbers";
import { message, sheetWith, value } from "./sheet";

registerBuiltFunctions();

// Text given as a string literal stays text in the engine, as text pasted from a filing does.
const formulas = Object.fromEntries(
  typedNumberCases.map(([text], i) => [`A${i + 1}`, `=FIN.MARGIN("${text}",1)`])
);
const hf = sheetWith([], formulas);

describe.each(typedNumberCases.map((c, i) => [...c, i + 1] as const))(
  "=FIN.MARGIN(%j, 1)",
  (text, reading, row) => {
    const at = `A${row}`;
    if (typeof reading === "number") {
      test(`is ${reading}`, () => expect(value(hf, at)).toBeCloseTo(reading, 12));
    } else if (reading === null) {
      test("is blank: a placeholder is unknown", () => expect(value(hf, at)).toBe(""));
    } else {
      test("is #VALUE! naming the text", () => {
        expect(value(hf, at)).toBe("#VALUE!");
        expect(message(hf, at)).toBe(`amount: "${text}" is not a number`);
      });
    }
  }
);
