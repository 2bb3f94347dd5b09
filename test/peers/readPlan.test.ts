/* Sharing listing's response budget between sheets: small sheets whole, a large one from its corner. */
import { planSheetReads } from "../../src/peers/readPlan";

const range = (sheet: string, rowCount: number, colCount: number, row = 0, col = 0) => ({
  sheet,
  row,
  col,
  rowCount,
  colCount,
});

test("smallest first: sheets within their share are read whole, the largest from its corner", () => {
  // 100 cells: A (10) fits 100/3; B (40) fits 90/2; C gets the 50 left: 5 rows of its 10 columns.
  const plans = planSheetReads(
    [range("C", 20, 10, 3, 2), range("A", 2, 5), range("B", 4, 10)],
    100
  );
  expect(
    plans.map((p) => [
      p.read.sheet,
      p.whole,
      p.read.row,
      p.read.col,
      p.read.rowCount,
      p.read.colCount,
    ])
  ).toEqual([
    ["C", false, 3, 2, 5, 10],
    ["A", true, 0, 0, 2, 5],
    ["B", true, 0, 0, 4, 10],
  ]);
});

test("a tall sheet keeps its first 52 columns (A:AZ), a short wide one every row", () => {
  const [tall] = planSheetReads([range("Tall", 10_000, 80)], 5_200);
  expect([tall.read.rowCount, tall.read.colCount]).toEqual([100, 52]);
  const [wide] = planSheetReads([range("Wide", 10, 1_000)], 1_000);
  expect([wide.read.rowCount, wide.read.colCount]).toEqual([10, 100]);
});

test("the cells planned never exceed the budget when every sheet is too large", () => {
  const plans = planSheetReads(
    Array.from({ length: 30 }, (_, i) => range(`S${i}`, 1_000, 50)),
    98_304
  );
  const total = plans.reduce((n, p) => n + p.read.rowCount * p.read.colCount, 0);
  expect(plans.every((p) => !p.whole)).toBe(true);
  expect(total).toBeLessThanOrEqual(98_304);
  // 98,304 / 30 = 3,276 cells for the first sheet: 65 rows of 50 columns (3,250).
  expect(plans[0].read).toMatchObject({ rowCount: 65, colCount: 50 });
});
