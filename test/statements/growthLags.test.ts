import { growthLags } from "../../src/statements/growthLags";
import { parsePeriod } from "../../src/statements/periods";

const periods = (...labels: string[]) => labels.map((label) => parsePeriod(label)!);

describe("growthLags: how many columns back the prior year and prior quarter sit", () => {
  test.each([
    ["consecutive years", ["2018年", "2019年", "2020年"], 1, null],
    [
      "consecutive years, newest first (prior year to the right)",
      ["FY2022", "FY2021", "FY2020"],
      -1,
      null,
    ],
    ["actual then estimate years", ["2021A", "2022E", "2023E"], 1, null],
    ["consecutive quarters", ["Q3 2021", "Q4 2021", "Q1 2022", "Q2 2022", "Q3 2022"], 4, 1],
    ["consecutive quarters, newest first", ["2Q22", "1Q22", "4Q21"], -4, -1],
    ["the same quarter of successive years", ["Q1 2021", "Q1 2022"], 1, null],
    [
      "the same Chinese quarter of successive years",
      ["2021年一季度", "2022年一季度", "2023年一季度"],
      1,
      null,
    ],
    ["consecutive halves", ["H1 2021", "H2 2021", "H1 2022"], 2, null],
    ["the same half of successive years", ["2021年上半年", "2022年上半年"], 1, null],
    ["year-to-date columns of successive years", ["2021年1-9月", "2022年前三季度"], 1, null],
  ])("%s", (_what, labels, yoy, qoq) => {
    expect(growthLags(periods(...labels))).toEqual({ yoy, qoq });
  });

  test.each([
    ["a single period", ["2020年"]],
    ["no periods", []],
    ["a gap between years", ["2018", "2020", "2021"]],
    ["quarters mixed with a year", ["Q1 2022", "Q2 2022", "FY2022"]],
    ["quarters and halves", ["Three Months Ended June 30, 2022", "Six Months Ended June 30, 2022"]],
    ["year-to-date columns of different lengths", ["2021年1-9月", "2022年1-8月"]],
    ["the same year twice", ["2021", "2021年"]],
    ["irregular quarters", ["Q1 2022", "Q2 2022", "Q4 2022"]],
  ])("%s has no sensible lag", (_what, labels) => {
    expect(growthLags(periods(...labels))).toEqual({ yoy: null, qoq: null });
  });
});
