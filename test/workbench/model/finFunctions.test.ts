import { createWorkbook } from "../../../src/workbench/model";
import { registerBuiltFunctions } from "../../helpers/builtFunctions";

beforeAll(() => {
  registerBuiltFunctions();
});

describe("FIN formulas evaluate through the built functions", () => {
  test("=FIN.GROWTHSERIES(B2:D2) over Ximalaya's revenue spills blank, 81.37 %, 51.29 %", async () => {
    const wb = createWorkbook();
    ["营业收入", "14.76", "26.77", "40.50"].forEach((v, c) => wb.typeInput("Sheet1", 1, c, v));
    wb.typeInput("Sheet1", 2, 1, "=FIN.GROWTHSERIES(B2:D2)");
    await wb.settled();
    const row = [1, 2, 3].map((c) => wb.cell("Sheet1", 2, c));
    expect(row[0]).toMatchObject({
      value: "",
      formula: "=FIN.GROWTHSERIES(B2:D2)",
      spilled: false,
    });
    expect(row.slice(1).map((c) => Number((c.value as number).toFixed(4)))).toEqual([
      0.8137, 0.5129,
    ]);
    expect(row[2].spilled).toBe(true);
    wb.setNumberFormat("Sheet1", 2, 2, "0.0%");
    expect(wb.cell("Sheet1", 2, 2).text).toBe("81.4%");
  });
  test("=FIN.GROWTH(A1,0) is #DIV/0!", async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, "5");
    wb.typeInput("Sheet1", 0, 1, "=FIN.GROWTH(A1,0)");
    await wb.settled();
    expect(wb.cell("Sheet1", 0, 1)).toMatchObject({ value: "#DIV/0!", error: { code: "#DIV/0!" } });
  });
  test('=FIN.GROWTH("abc",1) is #VALUE! with a message naming the argument', async () => {
    const wb = createWorkbook();
    wb.typeInput("Sheet1", 0, 0, '=FIN.GROWTH("abc",1)');
    await wb.settled();
    const c = wb.cell("Sheet1", 0, 0);
    expect(c).toMatchObject({ value: "#VALUE!", error: { code: "#VALUE!" } });
    expect(c.error?.message).toMatch(/current/);
  });
});
