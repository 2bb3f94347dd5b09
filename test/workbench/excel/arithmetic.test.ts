/* Excel's arithmetic where it differs from HyperFormula's defaults: "" is not 0, TRUE is a literal. */
import { createWorkbook } from "../../../src/workbench/model";

function valueOf(formula: string, setup: Array<[string, string]> = []) {
  const wb = createWorkbook();
  for (const [address, input] of setup) {
    const col = address.charCodeAt(0) - 65;
    wb.typeInput("Sheet1", Number(address.slice(1)) - 1, col, input);
  }
  wb.typeInput("Sheet1", 9, 9, formula);
  return wb.cell("Sheet1", 9, 9).value;
}

describe('"" in arithmetic is #VALUE!, as in Excel', () => {
  test.each(['=""+1', '=-""', '=""*2', '=1-""', '=""/1'])("%s is #VALUE!", (formula) => {
    expect(valueOf(formula)).toBe("#VALUE!");
  });
  test('=A1+B1 where B1 is a formula returning "" is #VALUE!', () => {
    expect(
      valueOf("=A1+B1", [
        ["A1", "5"],
        ["B1", '=""'],
      ])
    ).toBe("#VALUE!");
  });
  test("SUM ignores the text, so it hides the blank", () => {
    const cells: Array<[string, string]> = [
      ["A1", "5"],
      ["B1", '=""'],
    ];
    expect(valueOf("=SUM(A1:B1)", cells)).toBe(5);
    expect(valueOf("=SUM(B1)", cells)).toBe(0);
  });
  test('numeric text still converts: ="1"+1 is 2, and an empty cell is 0', () => {
    expect(valueOf('="1"+1')).toBe(2);
    expect(valueOf("=A1+1")).toBe(1);
  });
});

describe("TRUE and FALSE are literals, as in Excel", () => {
  test("=TRUE is the boolean TRUE and reads back as =TRUE", () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "=TRUE");
    expect(wb.cell("Sheet1", 0, 0)).toMatchObject({ value: true, formula: "=TRUE", text: "TRUE" });
  });
  test.each([
    ["=IF(FALSE,1,2)", 2],
    ["=NOT(TRUE)", false],
    ["=TRUE+1", 2],
    ["=AND(TRUE,FALSE)", false],
  ])("%s is %p", (formula, value) => {
    expect(valueOf(formula)).toBe(value);
  });
  test("typed TRUE and false are booleans", () => {
    expect(valueOf("=A1", [["A1", "TRUE"]])).toBe(true);
    expect(valueOf("=A1", [["A1", "false"]])).toBe(false);
  });
});
