import { formatValue, generalNumber } from "../../../src/workbench/model/numberFormat";

describe("number formats shown as Excel shows them", () => {
  test.each([
    [1234.5678, "General", "1234.5678"],
    [0.813669, "General", "0.813669"],
    [1 / 3, "General", "0.333333333"],
    [-26.94, "General", "-26.94"],
    [123456789012, "General", "1.23457E+11"],
    [1234.5678, "0", "1235"],
    [1234.5678, "0.0", "1234.6"],
    [1234.5678, "0.00", "1234.57"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234567.891, "#,##0.00", "-1,234,567.89"],
    [0.8137, "0%", "81%"],
    [0.8137, "0.0%", "81.4%"],
    [0.51287, "0.00%", "51.29%"],
    [-0.072, "0.0%", "-7.2%"],
    [5.234, '0.0 "pp"', "5.2 pp"],
    [-1.25, '0.0 "pp"', "-1.3 pp"],
    [-26.94, "0.00;(0.00)", "(26.94)"],
    [0, '0.0;-0.0;"–"', "–"],
    [1.005, "0.00", "1.01"],
    [0.5, "#.##", ".5"],
  ])("%p with %s is %s", (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });
  test("text and booleans", () => {
    expect(formatValue("2018年", "0.0%")).toBe("2018年");
    expect(formatValue("x", '@" units"')).toBe("x units");
    expect(formatValue(true, "General")).toBe("TRUE");
  });
  test("General fits 11 characters", () => {
    expect(generalNumber(Math.PI)).toBe("3.141592654");
    expect(generalNumber(-123456.7891234)).toBe("-123456.7891");
  });
});
