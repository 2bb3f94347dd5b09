/*
 * Excel passes an error cell to a custom function only when functions.json says
 * "allowErrorForDataTypeAny": true, and then only to `any` parameters (Microsoft's custom-functions
 * metadata reference). Otherwise the function is not called and the cell shows the input's error.
 */
import { createWorkbook } from "../../../src/workbench/model";
import { registerProbe } from "./probes";

const without = registerProbe("NOERR");
const allowing = registerProbe("WITHERR", { allowErrorForDataTypeAny: true });

async function sheetWithErrors() {
  const wb = createWorkbook();
  wb.typeInput("Sheet1", 0, 0, "1");
  wb.typeInput("Sheet1", 1, 0, "=1/0"); // #DIV/0!
  wb.typeInput("Sheet1", 2, 0, "=NA()"); // #N/A
  return wb;
}

describe("errors in a custom function's inputs", () => {
  beforeEach(() => {
    without.calls.length = 0;
    allowing.calls.length = 0;
  });

  test("without allowErrorForDataTypeAny, a range holding errors gives its first error and the function is not called", async () => {
    const wb = await sheetWithErrors();
    wb.typeInput("Sheet1", 0, 1, "=NOERR.CELLS(A1:A3)");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("#DIV/0!");
    expect(without.calls).toEqual([]);
  });

  test("without it, an error in a scalar argument gives that error and the function is not called", async () => {
    const wb = await sheetWithErrors();
    wb.typeInput("Sheet1", 0, 1, "=NOERR.ARG(A3)");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("#N/A");
    expect(without.calls).toEqual([]);
  });

  test("with allowErrorForDataTypeAny: true, the range reaches the function with its errors as error objects", async () => {
    const wb = await sheetWithErrors();
    wb.typeInput("Sheet1", 0, 1, "=WITHERR.CELLS(A1:A3)");
    await wb.settled();
    expect(allowing.calls).toHaveLength(1);
    const [cells] = allowing.calls[0] as [Array<[unknown]>];
    expect(
      cells.map(([c]) => (typeof c === "object" && c ? (c as { code: string }).code : c))
    ).toEqual([1, "#DIV/0!", "#N/A"]);
  });

  test("with it, an error in a scalar `any` argument reaches the function too", async () => {
    const wb = await sheetWithErrors();
    wb.typeInput("Sheet1", 0, 1, "=WITHERR.ARG(A2)");
    await wb.settled();
    expect(String(wb.cell("Sheet1", 0, 1).value)).toMatch(/#DIV\/0!/);
  });

  test("with it, a `number` parameter still never receives an error", async () => {
    const wb = await sheetWithErrors();
    wb.typeInput("Sheet1", 0, 1, "=WITHERR.NUMBER(A2)");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1).value).toBe("#DIV/0!");
    expect(allowing.calls).toEqual([]);
  });
});
