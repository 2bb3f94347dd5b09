import { parseTypedNumber } from "../../src/metrics";

describe("parseTypedNumber reads text as Excel reads a typed number", () => {
  test.each([
    ["1,234.5", 1234.5],
    ["(26.94)", -26.94],
    ["12.3%", 0.123],
    ["  40.50  ", 40.5],
    ["-7.74", -7.74],
    ["+5", 5],
    ["1e3", 1000],
    [".5", 0.5],
    ["1,234,567", 1234567],
    ["( 14.67 )", -14.67],
    ["-12%", -0.12],
  ])("%s is %d", (text, expected) => {
    expect(parseTypedNumber(text)).toBeCloseTo(expected, 12);
  });

  test.each([
    ["2018年"],
    ["abc"],
    ["1,23"],
    ["12,34.5"],
    ["(5"],
    ["5)"],
    ["-(5)"],
    ["注1"],
    ["40.50*"],
    [""],
    ["--5"],
    ["1 000"],
  ])("%s is not a number", (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });
});
