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
    const [[v]] = growth([["abc"]], [[1]]) as Array<Array<{ message: string }>>;
    expect(v.message).toBe('current: "abc" is not a number');
  });
  test("a placeholder (—, N/A, n.m.) is blank, not #VALUE!", () => {
    expect(cells(growth([["—", "N/A", 5]], [[1, 1, "n.m."]]))).toEqual([[null, null, null]]);
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
  test("an input error a custom function may return comes back as itself", () => {
    expect(cells(growth([[{ code: "#DIV/0!", message: "" }]], [[1]]))).toEqual([
      ["divisionByZero"],
    ]);
    expect(cells(growth([[1]], [[{ code: "#N/A", message: "" }]]))).toEqual([["notAvailable"]]);
  });
  test("an input #REF! or #NAME? becomes #VALUE! naming the argument and the error", () => {
    const [[ref, name]] = growth([[{ code: "#REF!" }, { code: "#NAME?" }]], [[1, 1]]) as Array<
      Array<{ failure: string; message: string }>
    >;
    expect(ref).toEqual({ failure: "invalidValue", message: "current holds #REF!" });
    expect(name).toEqual({ failure: "invalidValue", message: "current holds #NAME?" });
  });
  test("a boolean is not a number", () => {
    expect(cells(growth([[true]], [[1]]))).toEqual([["invalidValue"]]);
  });
});

describe("FIN.GROWTH with negate", () => {
  test("a net loss widening from (14.67) to (26.94) is +83.6 % with negate, as 14.67 → 26.94 is without", () => {
    expect(rounded(growth([["(26.94)"]], [["(14.67)"]], true))).toEqual([[0.8364]]);
    expect(rounded(growth([[26.94]], [[14.67]]))).toEqual([[0.8364]]);
    expect(rounded(growth([[-26.94]], [[-14.67]], [[true]]))).toEqual([[0.8364]]);
  });
  test("blank, FALSE, 0 and omitted negate all read the values as written", () => {
    for (const off of [null, undefined, false, 0, "", [[null]], "FALSE"]) {
      expect(rounded(growth([[-26.94]], [[-14.67]], off))).toEqual([[-0.8364]]);
    }
  });
  test("negate that is not TRUE or FALSE is #VALUE! naming it", () => {
    expect(callFailure(growth([[1]], [[2]], "maybe")).message).toBe(
      'negate: "maybe" is not TRUE or FALSE'
    );
    expect(callFailure(growth([[1]], [[2]], [[1, 2]])).message).toBe(
      "negate must be a single value"
    );
  });
  test("an error given as negate is that error, #REF! as #VALUE! naming negate", () => {
    expect(callFailure(growth([[1]], [[2]], { code: "#REF!" }))).toEqual({
      failure: "invalidValue",
      message: "negate holds #REF!",
    });
    expect(callFailure(growth([[1]], [[2]], { code: "#N/A" })).failure).toBe("notAvailable");
  });
  test("a zero prior is still #DIV/0! and a blank still blank under negate", () => {
    expect(cells(growth([[5, 5]], [[0, null]], true))).toEqual([["divisionByZero", null]]);
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
  test("with negate, Ximalaya's net loss −7.74, −7.73, −6.05 reads as a loss that shrank: −0.13 %, −21.73 %", () => {
    expect(rounded(growthSeries([[-7.74, -7.73, -6.05]], null, true))).toEqual([
      [null, -0.0013, -0.2173],
    ]);
    expect(rounded(growthSeries([[-7.74, -7.73, -6.05]], null))).toEqual([[null, 0.0013, 0.2173]]);
  });
  test("a lag longer than the series gives all blanks", () => {
    expect(cells(growthSeries([[1, 2]], 5))).toEqual([[null, null]]);
  });
});
