/*
 * Sharing listing's response budget between sheets: the windows around each sheet's text first,
 * small sheets whole with what is left; where the text is not known, a large sheet from its corner.
 */
import { planSheetReads, textWindows } from "../../src/peers/readPlan";

const range = (sheet: string, rowCount: number, colCount: number, row = 0, col = 0) => ({
  sheet,
  row,
  col,
  rowCount,
  colCount,
});
const unknown = (sheet: string, rowCount: number, colCount: number, row = 0, col = 0) => ({
  used: range(sheet, rowCount, colCount, row, col),
  text: null,
});

test("text not known: sheets within their share are read whole, the largest from its corner", () => {
  // 100 cells: A (10) fits 100/3; B (40) fits 90/2; C gets the 50 left: 5 rows of its 10 columns.
  const plans = planSheetReads(
    [unknown("C", 20, 10, 3, 2), unknown("A", 2, 5), unknown("B", 4, 10)],
    100
  );
  expect(
    plans.map((p) => [
      p.used.sheet,
      p.whole,
      p.complete,
      p.reads.map((r) => [r.row, r.col, r.rowCount, r.colCount]),
    ])
  ).toEqual([
    ["C", false, false, [[3, 2, 5, 10]]],
    ["A", true, true, [[0, 0, 2, 5]]],
    ["B", true, true, [[0, 0, 4, 10]]],
  ]);
});

test("text not known: a tall sheet keeps its first 52 columns (A:AZ), a short wide one every row", () => {
  const [tall] = planSheetReads([unknown("Tall", 10_000, 80)], 5_200);
  expect([tall.reads[0].rowCount, tall.reads[0].colCount]).toEqual([100, 52]);
  const [wide] = planSheetReads([unknown("Wide", 10, 1_000)], 1_000);
  expect([wide.reads[0].rowCount, wide.reads[0].colCount]).toEqual([10, 100]);
});

test("the text of a statement in the lower right: its window is its rows, 12 above, 64 columns on", () => {
  // Used A1:BK1205; labels BH1201:BH1205 and text periods BI1201:BK1201; filler figures elsewhere.
  const used = range("Big", 1205, 63);
  const text = [range("Big", 1, 4, 1200, 59), range("Big", 4, 1, 1201, 59)];
  // Rows 1189–1205 (12 above), columns BH to the used range's last, BK.
  expect(textWindows({ used, text })).toEqual([range("Big", 17, 4, 1188, 59)]);
});

test("text three blank rows apart is one window; four apart, two; overlapping windows join", () => {
  const used = range("S", 200, 10);
  const near = [range("S", 5, 1, 20, 0), range("S", 5, 1, 28, 0)]; // rows 21–25 and 29–33
  expect(textWindows({ used, text: near })).toEqual([range("S", 25, 10, 8, 0)]);
  const far = [range("S", 5, 1, 20, 0), range("S", 5, 1, 100, 0)]; // rows 21–25 and 101–105
  expect(textWindows({ used, text: far })).toEqual([
    range("S", 17, 10, 8, 0),
    range("S", 17, 10, 88, 0),
  ]);
  const overlapping = [range("S", 5, 1, 20, 0), range("S", 5, 1, 30, 0)]; // windows rows 9–25, 19–35
  expect(textWindows({ used, text: overlapping })).toEqual([range("S", 27, 10, 8, 0)]);
});

test("30 sheets of 50,000 cells with a statement each: every window read in full, one sheet whole", () => {
  // Each: used A1:AX1005 (50 × 1,005), text A1:C1 and A2:A5; windows A1:AX5 (250 cells).
  const sheets = Array.from({ length: 30 }, (_, i) => ({
    used: range(`S${i}`, 1_005, 50),
    text: [range(`S${i}`, 1, 3), range(`S${i}`, 4, 1, 1, 0)],
  }));
  const plans = planSheetReads(sheets, 98_304);
  expect(plans.every((p) => p.complete)).toBe(true);
  // 30 × 250 = 7,500 cells of windows; of the 90,804 left, S0 whole takes 50,000 more.
  expect(plans.map((p) => p.reads)).toEqual(
    sheets.map((s, i) => [i === 0 ? s.used : range(s.used.sheet, 5, 50)])
  );
});

test("windows that don't fit the share: those that do are read, the next cut, the sheet incomplete", () => {
  const used = range("W", 300, 10);
  const text = [range("W", 1, 1, 0, 0), range("W", 1, 1, 150, 0)];
  // Windows: row 1 alone (1 × 10), rows 139–151 (13 × 10). A budget of 60 cells: the first whole,
  // then 50 cells of the second: its first 5 rows.
  const [plan] = planSheetReads([{ used, text }], 60);
  expect(plan.complete).toBe(false);
  expect(plan.reads).toEqual([range("W", 1, 10, 0, 0), range("W", 5, 10, 138, 0)]);
});

test("what is left after every sheet's windows reads small sheets whole, smallest first", () => {
  const small = { used: range("Small", 20, 5), text: [range("Small", 1, 1, 19, 0)] };
  const big = { used: range("Big", 1_000, 50), text: [range("Big", 1, 1, 0, 0)] };
  const [s, b] = planSheetReads([small, big], 400);
  // Windows: Small rows 8–20 × 5 (65 cells), Big row 1 × 50 (50); 285 left: Small whole (100).
  expect([s.whole, s.reads]).toEqual([true, [range("Small", 20, 5)]]);
  expect([b.whole, b.complete, b.reads]).toEqual([false, true, [range("Big", 1, 50)]]);
});

test("a sheet with no text has nothing to read unless it is small enough to read whole", () => {
  const [numbers] = planSheetReads([{ used: range("N", 1_000, 50), text: [] }], 1_000);
  expect([numbers.reads, numbers.complete]).toEqual([[], true]);
});
