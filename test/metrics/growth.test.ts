import { growth, growthSeries } from "../../src/metrics";
import { callFailure, cells, rounded } from "./values";

describe("FIN.GROWTH", () => {
  test("ordinary growth: Ximalaya revenue 2020 over 2019 is 51.29 %", () => {
    expect(rounded(growth([[40.5]], [[26.77]]))).toEqual([[0.5129]]);
  });
  test("a loss of 222 after a loss of 207 is −7.2 %: growth keeps its sign over a negative base", () => {
    expect(rounded(growth([[-222]], [[-207]]), 3)).toEqual([[-0.072]]);
  });
  test("a smaller loss after a loss is positive growth", () => {
    expect(rounded(growth([[-6.05]], [[-7.73]]))).toEqual([[0.2173]]);
  });
  test("a zero prior gives #DIV/0!", () => {
    expect(cells(growth([[5]], [[0]]))).toEqual([["divisionByZero"]]);
  });
  test("blank prior period gives a blank growth, not 0", () => {
    expect(cells(growth([[10.72]], [[null]]))).toEqual([[null]]);
    expect(cells(growth([[10.72]], [[""]]))).toEqual([[null]]);
  });
  test("text that is a typed number is read as one; other text names the argument", () => {
    expect(rounded(growth([["(26.94)"]], [["(14.67)"]]))).toEqual([[-0.8364]]);
    const [[v]] = growth([["n/a"]], [[1]]) as Array<Array<{ message: string }>>;
    expect(v.message).toBe('current: "n/a" is not a number');
  });
  test("element-wise over two ranges of one shape, and a single cell against a range", () => {
    expect(rounded(growth([[26.77, 40.5]], [[14.76, 26.77]]))).toEqual([[0.8137, 0.5129]]);
    expect(rounded(growth([[2], [3]], [[1]]))).toEqual([[1], [2]]);
  });
  test("shapes that don't fit give one #VALUE! naming both shapes", () => {
    expect(callFailure(growth([[1, 2]], [[1, 2, 3]])).message).toBe(
      "current is 1×2 and prior is 1×3: the shapes don't fit"
    );
  });
  test("an error in the input comes back as that error", () => {
    expect(cells(growth([[{ code: "#REF!" }]], [[1]]))).toEqual([["invalidReference"]]);
  });
  test("a boolean is not a number", () => {
    expect(cells(growth([[true]], [[1]]))).toEqual([["invalidValue"]]);
  });
});

describe("FIN.GROWTHSERIES", () => {
  test("Ximalaya revenue along a row: blank, 81.37 %, 51.29 %", () => {
    expect(rounded(growthSeries([[14.76, 26.77, 40.5]], null))).toEqual([[null, 0.8137, 0.5129]]);
  });
  test("down a column keeps the column shape", () => {
    expect(rounded(growthSeries([[14.76], [26.77], [40.5]], null))).toEqual([
      [null],
      [0.8137],
      [0.5129],
    ]);
  });
  test("lag 4 gives year-on-year on quarterly data; the first four are blank", () => {
    expect(rounded(growthSeries([[10, 11, 12, 13, 15, 11]], 4))).toEqual([
      [null, null, null, null, 0.5, 0],
    ]);
  });
  test("a blank period makes the growth on either side of it blank (advertising 2019 undisclosed)", () => {
    expect(rounded(growthSeries([[4.19, null, 10.72]], null))).toEqual([[null, null, null]]);
  });
  test("a block of lines × periods gives each line's growth along its row", () => {
    expect(
      rounded(
        growthSeries(
          [
            [1, 2],
            [4, 2],
          ],
          null
        )
      )
    ).toEqual([
      [null, 1],
      [null, -0.5],
    ]);
  });
  test("lag must be a whole number of at least 1", () => {
    expect(callFailure(growthSeries([[1, 2]], 0)).failure).toBe("invalidNumber");
    expect(callFailure(growthSeries([[1, 2]], 1.5)).failure).toBe("invalidNumber");
    expect(callFailure(growthSeries([[1, 2]], "x")).failure).toBe("invalidValue");
  });
  test("a lag longer than the series gives all blanks", () => {
    expect(cells(growthSeries([[1, 2]], 5))).toEqual([[null, null]]);
  });
});
