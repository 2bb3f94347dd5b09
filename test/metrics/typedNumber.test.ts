import { parseTypedNumber, readTypedNumber } from "../../src/metrics";
import { typedNumberCases } from "../fixtures/typedNumbers";

describe("readTypedNumber: FIN's one reading of a figure written as text", () => {
  test.each(typedNumberCases)("%j reads as %p", (text, reading) => {
    const read = readTypedNumber(text);
    if (typeof reading === "number") expect(read).toBeCloseTo(reading, 12);
    else expect(read).toBe(reading);
  });
});

describe("parseTypedNumber reads text only as Excel reads a typed number", () => {
  test.each([
    ["1,234.5", 1234.5],
    ["(26.94)", -26.94],
    ["12.3%", 0.123],
    ["( 14.67 )", -14.67],
  ])("%s is %d", (text, expected) => {
    expect(parseTypedNumber(text)).toBeCloseTo(expected, 12);
  });

  test.each([["40.50*"], ["−15"], ["１２"], ["-"], ["N/A"], [""], ["--5"]])(
    "%s stays text in Excel",
    (text) => {
      expect(parseTypedNumber(text)).toBeNull();
    }
  );
});
