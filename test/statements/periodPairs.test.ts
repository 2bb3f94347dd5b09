import { cagrSpan, priorPeriod } from "../../src/statements";
import type { DatedPeriod } from "../../src/statements/periodPairs";

const year = (end: string): DatedPeriod => ({ kind: "year", end, monthsLong: 12 });
const quarter = (end: string): DatedPeriod => ({ kind: "quarter", end, monthsLong: 3 });

describe("priorPeriod pairs like with like by end date", () => {
  test("years newest first: each year's prior is on its right", () => {
    const periods = [year("2022-12-31"), year("2021-12-31"), year("2020-12-31")];
    expect(periods.map((_, i) => priorPeriod(periods, i, "yoy"))).toEqual([1, 2, null]);
  });

  test("never across kinds: FY2020 is not the prior of Q1 2021, nor Q4 2020 of FY2021", () => {
    const periods = [
      year("2020-12-31"),
      quarter("2020-12-31"),
      quarter("2021-03-31"),
      year("2021-12-31"),
    ];
    expect(periods.map((_, i) => priorPeriod(periods, i, "yoy"))).toEqual([null, null, null, 0]);
    expect(periods.map((_, i) => priorPeriod(periods, i, "qoq"))).toEqual([null, null, 1, null]);
  });

  test("a quarter-on-quarter pair needs the quarter just before: none across a missing quarter", () => {
    const periods = [quarter("2022-06-30"), quarter("2022-12-31")];
    expect(priorPeriod(periods, 1, "qoq")).toBeNull();
  });

  test("52/53-week years a day apart still pair; a month apart does not", () => {
    expect(priorPeriod([year("2023-01-28"), year("2022-01-29")], 0, "yoy")).toBe(1);
    expect(priorPeriod([year("2023-01-31"), year("2021-12-31")], 0, "yoy")).toBeNull();
  });

  test("a period without an end date pairs with nothing", () => {
    expect(
      priorPeriod([year("2021-12-31"), { kind: "year", end: null, monthsLong: 12 }], 0, "yoy")
    ).toBeNull();
  });

  test("trailing twelve months never pair with a fiscal year", () => {
    const ttm: DatedPeriod = { ...year("2022-12-31"), trailing: true };
    expect(priorPeriod([year("2021-12-31"), ttm], 1, "yoy")).toBeNull();
  });
});

describe("cagrSpan gives whole years between like periods", () => {
  test("2018 to 2021 is three years, in either column order", () => {
    const periods = [year("2021-12-31"), year("2018-12-31")];
    expect(cagrSpan(periods, 1, 0)).toBe(3);
  });

  test("Q1 2021 to Q4 2023 is no CAGR (2.75 years); Q1 2021 to Q1 2023 is two", () => {
    const periods = [quarter("2021-03-31"), quarter("2023-12-31"), quarter("2023-03-31")];
    expect(cagrSpan(periods, 0, 1)).toBeNull();
    expect(cagrSpan(periods, 0, 2)).toBe(2);
  });

  test("never across kinds, and not backwards or onto itself", () => {
    const periods = [year("2020-12-31"), quarter("2022-12-31"), year("2022-12-31")];
    expect(cagrSpan(periods, 0, 1)).toBeNull();
    expect(cagrSpan(periods, 2, 0)).toBeNull();
    expect(cagrSpan(periods, 0, 0)).toBeNull();
  });
});
