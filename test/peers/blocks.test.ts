/* A sheet's cells split into statement blocks: blank rows and columns separate statements, not spacers. */
import { statementBlocks } from "../../src/peers/blocks";
import { fixture } from "../helpers/csv";

const AGORA = fixture("agora-quarterly-q1-2021-2022.csv");
const XIMALAYA = fixture("ximalaya-annual-2018-2020.csv");

/** A sheet of `rows` × `cols` blank cells with each grid typed at its (row, col). */
function sheet(rows: number, cols: number, ...grids: Array<[string[][], number, number]>) {
  const cells: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
  for (const [grid, row, col] of grids)
    grid.forEach((line, r) => line.forEach((v, c) => (cells[row + r][col + c] = v)));
  return cells;
}

const block = (row: number, col: number, rowCount: number, colCount: number) => ({
  row,
  col,
  rowCount,
  colCount,
});

test("an annual statement above a quarterly one, two blank rows between, is two blocks", () => {
  expect(statementBlocks(sheet(20, 5, [XIMALAYA, 0, 0], [AGORA, 12, 0]))).toEqual([
    block(0, 0, 10, 4),
    block(12, 0, 5, 3),
  ]);
});

test("statements side by side, a blank column between, are two blocks", () => {
  expect(statementBlocks(sheet(12, 9, [XIMALAYA, 0, 0], [AGORA, 0, 5]))).toEqual([
    block(0, 0, 10, 4),
    block(0, 5, 5, 3),
  ]);
});

test("spacer rows inside a statement keep it one block", () => {
  expect(statementBlocks(fixture("statements/spacer-rows.csv"))).toEqual([block(0, 0, 8, 4)]);
});

test("a title one blank row above joins its statement; text far above stays apart", () => {
  expect(statementBlocks(sheet(8, 3, [[["Agora Inc."]], 0, 0], [AGORA, 2, 0]))).toEqual([
    block(0, 0, 7, 3),
  ]);
  expect(statementBlocks(sheet(12, 3, [[["Agora Inc."]], 0, 0], [AGORA, 6, 0]))).toEqual([
    block(0, 0, 1, 1),
    block(6, 0, 5, 3),
  ]);
});

test("labels a blank column away from their figures stay one block", () => {
  const labels = AGORA.map((row) => [row[0]]);
  const figures = AGORA.map((row) => row.slice(1));
  expect(statementBlocks(sheet(5, 4, [labels, 0, 0], [figures, 0, 2]))).toEqual([
    block(0, 0, 5, 4),
  ]);
});

test("bare figures a row below a statement are a block of their own, not more lines", () => {
  const dump = [
    ["1", "2", "3"],
    ["4", "5", "6"],
  ];
  expect(statementBlocks(sheet(8, 3, [AGORA, 0, 0], [dump, 6, 0]))).toEqual([
    block(0, 0, 5, 3),
    block(6, 0, 2, 3),
  ]);
});

test("a blank grid has no blocks", () => {
  expect(statementBlocks(sheet(3, 3))).toEqual([]);
});

test("a long run of notes is a block of its own, not a title", () => {
  const notes = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? [`Note ${i / 2 + 1}`] : [""]));
  const blocks = statementBlocks(sheet(26, 3, [notes, 0, 0], [AGORA, 21, 0]));
  expect(blocks[blocks.length - 1]).toEqual(block(21, 0, 5, 3));
  expect(blocks.slice(0, -1).every((b) => b.row + b.rowCount <= 19)).toBe(true);
});
