/*
 * Rows of plain numbers take each function's fast path and pass the conversion to Excel's cells
 * unread; a figure that fails inside such a row must still come back as its error, and a blank
 * elsewhere in the same call must still come back as "". Called as Excel calls the built functions.
 */
import { loadBuiltFunctions } from "../helpers/builtFunctions";

const { registry } = loadBuiltFunctions();

function call(id: string, ...args: unknown[]): unknown[][] {
  const out = registry.get(id)!(...args) as unknown[][];
  return out.map((row) =>
    row.map((v) => (v !== null && typeof v === "object" ? (v as { code: string }).code : v))
  );
}

const HUGE = 1.7e308;

describe("a failure among plain numbers still reaches Excel as an error", () => {
  test.each([
    ["MARGIN", [[[1, 2]], [[0, 4]]], [["#DIV/0!", 0.5]]],
    ["LOSSRATE", [[[1, 2]], [[-1, 4]]], [["#NUM!", -0.5]]],
    ["GROWTH", [[[1, 2]], [[0, 4]]], [["#DIV/0!", -0.5]]],
    ["PPCHANGE", [[[HUGE, 2]], [[-HUGE, 1]]], [["#NUM!", 100]]],
    ["CAGR", [[[0, 1]], [[1, 4]], [[1, 2]]], [["#NUM!", 1]]],
    ["SHARE", [[[1, 2]], [[0, 4]]], [["#DIV/0!", 0.5]]],
    [
      "SHARE",
      [
        [
          [1, 2],
          [-1, 3],
        ],
        null,
      ],
      [
        ["#DIV/0!", 0.4],
        ["#DIV/0!", 0.6],
      ],
    ],
    ["CUMULATIVE", [[[HUGE, HUGE, 1]], null], [[HUGE, "#NUM!", "#NUM!"]]],
    ["DECUMULATE", [[[HUGE, -HUGE, 1, 2]], 4], [[HUGE, "#NUM!", HUGE, 1]]],
    ["EXPENSERATIO", [[[1, 2]], [[0, 4]], null, null, null, null], [["#DIV/0!", 0.5]]],
  ])("%s(%j)", (id, args, expected) => {
    expect(call(id, ...(args as unknown[]))).toEqual(expected);
  });

  test('a plain row and a row with a blank in one call: the blank is still ""', () => {
    expect(
      call(
        "MARGIN",
        [
          [1, 2],
          [3, null],
        ],
        [
          [4, 8],
          [4, 8],
        ]
      )
    ).toEqual([
      [0.25, 0.25],
      [0.75, ""],
    ]);
  });
});
