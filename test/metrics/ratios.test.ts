import { expenseRatio, lossRate, margin, share } from "../../src/metrics";
import { callFailure, cells, rounded } from "./values";

// Agora Q1 2021 and Q1 2022, USD millions (test/fixtures/agora-quarterly-q1-2021-2022.csv).
const agoraRevenue = [[40.2, 38.59]];
const agoraRnd = [[25.21, 31.03]];
const agoraSm = [[8.74, 13.86]];
const agoraNetLoss = [["(14.67)", "(26.94)"]];
// Ximalaya 2018–2020, RMB 亿元.
const ximalayaRevenue = [[14.76, 26.77, 40.5]];
const ximalayaOpex = [[13.63, 19.29, 26.33]];

describe("FIN.EXPENSERATIO", () => {
  test("Agora's R&D ratio is 62.7 % and 80.4 %, sales and marketing 21.7 % and 35.9 %", () => {
    expect(rounded(expenseRatio(agoraRnd, agoraRevenue), 3)).toEqual([[0.627, 0.804]]);
    expect(rounded(expenseRatio(agoraSm, agoraRevenue), 3)).toEqual([[0.217, 0.359]]);
  });
  test("Ximalaya's period expense ratio is 92.3 %, 72.1 %, 65.0 % (press: 92.4, 72.0, 65.0 from unrounded figures)", () => {
    const r = cells(expenseRatio(ximalayaOpex, ximalayaRevenue))[0] as number[];
    [0.924, 0.72, 0.65].forEach((quoted, i) =>
      expect(Math.abs(r[i] - quoted)).toBeLessThanOrEqual(0.001)
    );
  });
  test("a k×n block of lines over a 1×n revenue row sums each period: selling + admin + finance", () => {
    expect(
      rounded(
        expenseRatio(
          [
            [1, 2],
            [3, 4],
            [1, 0],
          ],
          [[10, 20]]
        )
      )
    ).toEqual([[0.5, 0.3]]);
  });
  test("the same transposed: an n×k block over an n×1 revenue column", () => {
    expect(
      rounded(
        expenseRatio(
          [
            [1, 3, 1],
            [2, 4, 0],
          ],
          [[10], [20]]
        )
      )
    ).toEqual([[0.5], [0.3]]);
  });
  test("over a single revenue cell every expense line is summed", () => {
    expect(rounded(expenseRatio([[1], [3]], [[8]]))).toEqual([[0.5]]);
  });
  test("a blank expense line in a period makes that period's ratio blank, never a smaller ratio", () => {
    expect(
      cells(
        expenseRatio(
          [
            [1, 2],
            [null, 4],
          ],
          [[10, 20]]
        )
      )
    ).toEqual([[null, 0.3]]);
  });
  test("zero revenue gives #DIV/0!, negative revenue #NUM!", () => {
    expect(cells(expenseRatio([[1, 2]], [[0, -5]]))).toEqual([["divisionByZero", "invalidNumber"]]);
  });
  test("periods that don't line up give #VALUE! with both shapes", () => {
    expect(callFailure(expenseRatio([[1, 2, 3]], [[1, 2]])).message).toBe(
      "expenses is 1×3 and revenue is 1×2: the shapes don't fit"
    );
    expect(callFailure(expenseRatio([[1, 2]], [[1], [2]])).message).toBe(
      "expenses is 1×2 and revenue is 2×1: the shapes don't fit"
    );
  });
  test("text in an expense cell gives #VALUE! for that period only", () => {
    expect(cells(expenseRatio([["注1", 2]], [[10, 20]]))).toEqual([["invalidValue", 0.1]]);
  });
});

describe("FIN.EXPENSERATIO over non-adjacent lines and expenses written negative", () => {
  test("selling 12, admin 6 and finance 3 over revenue 132 is 15.9 %, in one block or in three", () => {
    expect(rounded(expenseRatio([[12], [6], [3]], [[132]]), 3)).toEqual([[0.159]]);
    expect(rounded(expenseRatio([[12]], [[132]], null, [[6]], [[3]]), 3)).toEqual([[0.159]]);
  });
  test("expenses in parentheses with negate give +15.9 %, never −15.9 %", () => {
    expect(rounded(expenseRatio([["(12)"], ["(6)"]], [[132]], true, [["(3)"]]), 3)).toEqual([
      [0.159],
    ]);
    expect(rounded(expenseRatio([["(12)"], ["(6)"]], [[132]], null, [["(3)"]]), 3)).toEqual([
      [-0.159],
    ]);
  });
  test("periods across: a row and a block elsewhere sum period by period (5 ÷ 10, 6 ÷ 20)", () => {
    expect(
      rounded(
        expenseRatio([[1, 2]], [[10, 20]], null, [
          [3, 4],
          [1, 0],
        ])
      )
    ).toEqual([[0.5, 0.3]]);
  });
  test("periods down: n×1 columns over an n×1 revenue column ((1+3) ÷ 10, (2+4) ÷ 20)", () => {
    expect(rounded(expenseRatio([[1], [2]], [[10], [20]], false, [[3], [4]]))).toEqual([
      [0.4],
      [0.3],
    ]);
  });
  test("a later range may be given with an earlier one omitted", () => {
    expect(rounded(expenseRatio([[1]], [[10]], null, null, [[2]]))).toEqual([[0.3]]);
    expect(rounded(expenseRatio([[1]], [[10]], null, null, null, [[4]]))).toEqual([[0.5]]);
  });
  test("a skipped range that reaches the function as one blank cell is omitted over several periods", () => {
    expect(rounded(expenseRatio([[1, 2]], [[10, 20]], null, [[null]], [[3, 4]]))).toEqual([
      [0.4, 0.3],
    ]);
  });
  test("over a single revenue cell, one blank cell in a further range is a blank part: blank", () => {
    expect(cells(expenseRatio([[1]], [[10]], null, [[null]]))).toEqual([[null]]);
  });
  test("a blank cell in any range makes its period blank, never a smaller ratio", () => {
    expect(cells(expenseRatio([[1, 2]], [[10, 20]], null, [[null, 4]]))).toEqual([[null, 0.3]]);
    expect(cells(expenseRatio([[1], [2]], [[10], [20]], null, [[3], [""]]))).toEqual([
      [0.4],
      [null],
    ]);
  });
  test("a block of revenue: each range one part, cell by cell", () => {
    expect(
      rounded(
        expenseRatio(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 10],
            [10, 10],
          ],
          null,
          [
            [1, 1],
            [1, 1],
          ]
        )
      )
    ).toEqual([
      [0.2, 0.3],
      [0.4, 0.5],
    ]);
  });
  test("a further range over other periods is #VALUE! naming it and both shapes", () => {
    expect(callFailure(expenseRatio([[1, 2]], [[1, 2]], null, [[1, 2, 3]])).message).toBe(
      "expenses2 is 1×3 and revenue is 1×2: the shapes don't fit"
    );
    expect(callFailure(expenseRatio([[1], [2]], [[1], [2]], null, null, [[1]])).message).toBe(
      "expenses3 is 1×1 and revenue is 2×1: the shapes don't fit"
    );
  });
  test("an error in a further range names that range", () => {
    const [[v]] = expenseRatio([[1]], [[10]], null, null, [[{ code: "#REF!" }]]) as Array<
      Array<{ failure: string; message: string }>
    >;
    expect(v).toEqual({ failure: "invalidValue", message: "expenses3 holds #REF!" });
  });
});

describe("FIN.LOSSRATE", () => {
  test("Agora's net loss rate is 36.5 % in Q1 2021 and 69.8 % in Q1 2022 (losses in parentheses)", () => {
    expect(rounded(lossRate(agoraNetLoss, agoraRevenue), 3)).toEqual([[0.365, 0.698]]);
  });
  test("Ximalaya's net loss rate is 52.4 %, 28.9 %, 14.9 %", () => {
    expect(rounded(lossRate([[-7.74, -7.73, -6.05]], ximalayaRevenue), 3)).toEqual([
      [0.524, 0.289, 0.149],
    ]);
  });
  test("a profitable company has a negative loss rate", () => {
    expect(rounded(lossRate([[2]], [[10]]))).toEqual([[-0.2]]);
  });
  test("blank revenue gives blank, zero revenue #DIV/0!", () => {
    expect(cells(lossRate([[-1, -1]], [[null, 0]]))).toEqual([[null, "divisionByZero"]]);
  });
});

describe("FIN.MARGIN", () => {
  test("Ximalaya's bandwidth cost is 3.5 %, 2.8 %, 2.8 % of revenue", () => {
    expect(rounded(margin([[0.51, 0.75, 1.13]], ximalayaRevenue), 3)).toEqual([
      [0.035, 0.028, 0.028],
    ]);
  });
  test("gross margin from gross profit", () => {
    expect(rounded(margin([[6.47]], [[14.76]]), 4)).toEqual([[0.4383]]);
  });
});

describe("FIN.SHARE", () => {
  test("revenue mix against total revenue: subscription was 43.6 %, 46.3 %, 43.3 %", () => {
    expect(rounded(share([[6.44, 12.4, 17.53]], ximalayaRevenue), 3)).toEqual([
      [0.436, 0.463, 0.433],
    ]);
  });
  test("without a total, a column of parts is divided by its own sum", () => {
    expect(rounded(share([[1], [3]], null))).toEqual([[0.25], [0.75]]);
  });
  test("without a total, a block of lines × periods is divided by each period's sum", () => {
    expect(
      rounded(
        share(
          [
            [1, 2],
            [3, 2],
          ],
          null
        )
      )
    ).toEqual([
      [0.25, 0.5],
      [0.75, 0.5],
    ]);
  });
  test("an unknown part makes the default total unknown, so that period's shares are blank", () => {
    expect(
      cells(
        share(
          [
            [1, 2],
            [null, 2],
          ],
          null
        )
      )
    ).toEqual([
      [null, 0.5],
      [null, 0.5],
    ]);
  });
  test("a zero total gives #DIV/0!", () => {
    expect(cells(share([[0], [0]], null))).toEqual([["divisionByZero"], ["divisionByZero"]]);
  });
});
