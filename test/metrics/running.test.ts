import { cagr, cumulative, decumulate, ppChange, ttm, ttmRatio } from "../../src/metrics";
import { callFailure, cells, rounded } from "./values";

describe("FIN.CAGR", () => {
  test("Ximalaya's revenue grew at 65.6 % a year from 14.76 (2018) to 40.50 (2020)", () => {
    expect(rounded(cagr([[14.76]], [[40.5]], [[2]]), 3)).toEqual([[0.656]]);
  });
  test("#NUM! as Excel's RRI: begin ≤ 0, end < 0, years ≤ 0", () => {
    expect(cells(cagr([[0, -1, 1, 1]], [[1, 1, -1, 1]], [[1, 1, 1, 0]]))).toEqual([
      ["invalidNumber", "invalidNumber", "invalidNumber", "invalidNumber"],
    ]);
  });
  test("an end of zero is −100 %", () => {
    expect(cells(cagr([[5]], [[0]], [[3]]))).toEqual([[-1]]);
  });
  test("a blank begin gives blank", () => {
    expect(cells(cagr([[null]], [[5]], [[3]]))).toEqual([[null]]);
  });
});

describe("FIN.PPCHANGE", () => {
  test("41.32 % after 92.67 % is −51.35 percentage points", () => {
    expect(rounded(ppChange([[0.4132]], [[0.9267]]), 2)).toEqual([[-51.35]]);
  });
  test("element-wise with a blank", () => {
    expect(rounded(ppChange([[0.5, 0.2]], [[0.4, null]]), 6)).toEqual([[10, null]]);
  });
});

describe("FIN.CUMULATIVE", () => {
  test("Ximalaya's cumulative net loss: −7.74, −15.47, −21.52", () => {
    expect(rounded(cumulative([[-7.74, -7.73, -6.05]]), 2)).toEqual([[-7.74, -15.47, -21.52]]);
  });
  test("with negate the losses add up as amounts: 7.74, 15.47, 21.52", () => {
    expect(rounded(cumulative([[-7.74, -7.73, -6.05]], true), 2)).toEqual([[7.74, 15.47, 21.52]]);
    expect(rounded(cumulative([["(7.74)"], ["(7.73)"]], "TRUE"), 2)).toEqual([[7.74], [15.47]]);
  });
  test("after an unknown period the running total is unknown", () => {
    expect(cells(cumulative([[1], [null], [2]]))).toEqual([[1], [null], [null]]);
  });
});

describe("FIN.TTM", () => {
  test("trailing four-quarter sums, blank until there are four", () => {
    expect(cells(ttm([[1, 2, 3, 4, 5]], null))).toEqual([[null, null, null, 10, 14]]);
  });
  test("a window of 2 down a column", () => {
    expect(cells(ttm([[1], [2], [3]], 2))).toEqual([[null], [3], [5]]);
  });
  test("a blank quarter in the window makes the trailing sum blank", () => {
    expect(cells(ttm([[1, null, 3, 4, 5, 6]], null))).toEqual([[null, null, null, null, null, 18]]);
  });
  test("periods must be a whole number of at least 1", () => {
    expect(callFailure(ttm([[1]], -2)).failure).toBe("invalidNumber");
  });
});

describe("FIN.TTMRATIO", () => {
  test("trailing numerator over trailing denominator, not an average of ratios", () => {
    // Quarterly ratios 0.1, 0.1, 0.1, 0.2 average 0.125; the trailing ratio is (1+1+1+8) ÷ (10+10+10+40) = 0.1571.
    expect(rounded(ttmRatio([[1, 1, 1, 8]], [[10, 10, 10, 40]], null))).toEqual([
      [null, null, null, 0.1571],
    ]);
    expect(rounded(ttmRatio([[1, 1, 1, 8, 2]], [[10, 10, 10, 40, 20]], 2))).toEqual([
      [null, 0.1, 0.1, 0.18, 0.1667],
    ]);
  });
  test("mismatched shapes give #VALUE!", () => {
    expect(callFailure(ttmRatio([[1, 2]], [[1, 2, 3]], null)).failure).toBe("invalidValue");
  });
});

describe("FIN.DECUMULATE", () => {
  test("Q3 = 9M − H1: quarterly figures from year-to-date ones, restarting each year", () => {
    expect(cells(decumulate([[10, 25, 45, 70, 12, 30]], null))).toEqual([[10, 15, 20, 25, 12, 18]]);
  });
  test("halves: two values a year", () => {
    expect(cells(decumulate([[4], [10], [5]], 2))).toEqual([[4], [6], [5]]);
  });
  test("an unknown year-to-date figure makes its period and the next one blank", () => {
    expect(cells(decumulate([[10, null, 45, 70]], null))).toEqual([[10, null, null, 25]]);
  });
});

describe("sums too large to represent", () => {
  test("a trailing sum past the largest double is #NUM!, never Infinity (found by the property tests)", () => {
    expect(cells(ttm([[1e308, 0.7e308, 1.7e308]], 2))).toEqual([[null, 1.7e308, "invalidNumber"]]);
  });
});
