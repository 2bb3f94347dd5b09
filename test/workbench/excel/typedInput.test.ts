/* Numbers typed as Excel (en-US) reads them, with the format Excel gives a General cell. */
import { createWorkbook } from "../../../src/workbench/model";

function typed(input: string) {
  const wb = createWorkbook();
  wb.typeInput("Sheet1", 0, 0, input);
  return wb.cell("Sheet1", 0, 0);
}

describe("typed input as Excel reads it", () => {
  test.each([
    ["$1,234", 1234, "$#,##0", "$1,234"],
    ["$1,234.50", 1234.5, "$#,##0.00", "$1,234.50"],
    ["-$1,234", -1234, "$#,##0", "-$1,234"],
    ["($1,234)", -1234, "$#,##0_);($#,##0)", "($1,234)"],
    ["(26.94)", -26.94, "General", "-26.94"],
    ["12%", 0.12, "0%", "12%"],
  ])("%s is %p shown with %s", (input, value, numberFormat, text) => {
    expect(typed(input)).toMatchObject({ value, numberFormat, text });
  });
  test.each(["—", "–", "RMB 1,500", "$", "$1,234%", "US$1,500"])("%s stays text", (input) => {
    expect(typed(input)).toMatchObject({ value: input, numberFormat: "General" });
  });
});
