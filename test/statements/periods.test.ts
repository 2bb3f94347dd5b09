import {
  parsePeriod,
  periodSpan,
  qualifyYear,
  resolveDateSeries,
  type Period,
} from "../../src/statements/periods";

const year = (y: number, more: Partial<Period> = {}) => ({
  year: y,
  kind: "year",
  fiscal: false,
  estimate: false,
  ...more,
});
const quarter = (y: number, q: number, more: Partial<Period> = {}) => ({
  ...year(y, more),
  kind: "quarter",
  quarter: q,
});
const half = (y: number, h: number, more: Partial<Period> = {}) => ({
  ...year(y, more),
  kind: "half",
  half: h,
});
const ytd = (y: number, months: number) => ({ ...year(y), kind: "ytd", months });

describe("parsePeriod reads headers as analysts write them", () => {
  test.each([
    ["2018", year(2018)],
    ["2018年", year(2018)],
    ["2021年度", year(2021)],
    ["2021年全年", year(2021)],
    ["２０２１年", year(2021)],
    ["FY2020", year(2020, { fiscal: true })],
    ["FY22", year(2022, { fiscal: true })],
    ["FY 2023E", year(2023, { fiscal: true, estimate: true })],
    ["2021财年", year(2021, { fiscal: true })],
    ["2020A", year(2020)],
    ["2021E", year(2021, { estimate: true })],
    ["2022F", year(2022, { estimate: true })],
    ["2022年(预测)", year(2022, { estimate: true })],
    ["2023年预测", year(2023, { estimate: true })],
    ["Q1 2022", quarter(2022, 1)],
    ["2022Q1", quarter(2022, 1)],
    ["2022 Q3", quarter(2022, 3)],
    ["1Q22", quarter(2022, 1)],
    ["4Q21E", quarter(2021, 4, { estimate: true })],
    ["Q2'22", quarter(2022, 2)],
    ["Q1 FY2023", quarter(2023, 1, { fiscal: true })],
    ["2021年第一季度", quarter(2021, 1)],
    ["2021年一季度", quarter(2021, 1)],
    ["2021年第4季度", quarter(2021, 4)],
    ["2021年Q2", quarter(2021, 2)],
    ["2021年1-3月", quarter(2021, 1)],
    ["2021年4-6月", quarter(2021, 2)],
    ["Three Months Ended March 31, 2022", quarter(2022, 1)],
    ["three months ended december 31, 2021", quarter(2021, 4)],
    ["截至2022年3月31日止三个月", quarter(2022, 1)],
    ["2021年上半年", half(2021, 1)],
    ["2021年下半年", half(2021, 2)],
    ["2021年中期", half(2021, 1)],
    ["H1 2021", half(2021, 1)],
    ["1H21", half(2021, 1)],
    ["2H21", half(2021, 2)],
    ["2022H1", half(2022, 1)],
    ["2021年1-6月", half(2021, 1)],
    ["Six Months Ended June 30, 2022", half(2022, 1)],
    ["2021年1-9月", ytd(2021, 9)],
    ["2021年前三季度", ytd(2021, 9)],
    ["9M21", ytd(2021, 9)],
    ["Nine Months Ended September 30, 2021", ytd(2021, 9)],
    ["2021年1-12月", year(2021)],
    ["Year Ended December 31, 2021", year(2021)],
    ["Year Ended June 30, 2022", year(2022, { fiscal: true })],
    ["截至2021年12月31日止年度", year(2021)],
    ["2021-03-31", quarter(2021, 1, { date: "2021-03-31" })],
    ["2021/12/31", year(2021, { date: "2021-12-31" })],
    ["2021年6月30日", quarter(2021, 2, { date: "2021-06-30" })],
    ["Mar 31, 2022", quarter(2022, 1)],
    ["Dec-21", year(2021)],
  ])("%s", (text, expected) => {
    expect(parsePeriod(text)).toMatchObject({ label: text, ...expected });
  });

  test.each([
    "",
    "Revenue",
    "营业收入",
    "22",
    "Q5 2022",
    "2021年1-2季度",
    "附注",
    "同比增长",
    "Note",
    "1,234",
    "2021-03-15",
    "项目",
    "3200",
  ])("%p is not a period", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  test("the label is the header as written, trimmed", () => {
    expect(parsePeriod("  2021年一季度 ")?.label).toBe("2021年一季度");
  });
});

describe("parsePeriod reads numbers as years or, with a date format, as Excel dates", () => {
  test.each([
    [2018, undefined, year(2018, { label: "2018" })],
    [2018, "General", year(2018)],
    [2018, "0", year(2018)],
    [44651, "yyyy-mm-dd", quarter(2022, 1, { label: "2022-03-31", date: "2022-03-31" })],
    [44377, "m/d/yyyy", quarter(2021, 2)],
    [44469, '[$-804]yyyy"年"m"月"d"日"', quarter(2021, 3)],
    [44561, "mmm d, yyyy", year(2021, { date: "2021-12-31" })],
    [44621, "mmm-yy", quarter(2022, 1)],
    [44197, "yyyy", year(2021)],
  ] as const)("%p with format %p", (value, format, expected) => {
    expect(parsePeriod(value, format)).toMatchObject(expected);
  });

  test.each([
    [40.5, undefined],
    [44651, undefined],
    [44651, "#,##0.00"],
    [44652, "yyyy-mm-dd"],
    [2018.5, undefined],
    [Number.NaN, undefined],
  ] as const)("%p with format %p is not a period", (value, format) => {
    expect(parsePeriod(value, format)).toBeNull();
  });
});

describe("resolveDateSeries", () => {
  const dates = (...texts: string[]) => texts.map((t) => parsePeriod(t)!);

  test("dates three months apart are quarters: Dec 31 is Q4, not the year", () => {
    expect(resolveDateSeries(dates("2021-09-30", "2021-12-31", "2022-03-31"))).toMatchObject([
      quarter(2021, 3),
      quarter(2021, 4),
      quarter(2022, 1),
    ]);
  });

  test("dates six months apart are half-years: Jun 30 is H1, Dec 31 is H2", () => {
    expect(resolveDateSeries(dates("2021-06-30", "2021-12-31", "2022-06-30"))).toMatchObject([
      half(2021, 1),
      half(2021, 2),
      half(2022, 1),
    ]);
  });

  test("year-end dates a year apart stay years", () => {
    expect(resolveDateSeries(dates("2020-12-31", "2021-12-31"))).toMatchObject([
      year(2020),
      year(2021),
    ]);
  });

  test("headers that are not all dates are left alone", () => {
    const periods = [
      parsePeriod("2021-12-31")!,
      parsePeriod("2022-03-31")!,
      parsePeriod("Q2 2022")!,
    ];
    expect(resolveDateSeries(periods)).toBe(periods);
  });
});

describe("qualifyYear", () => {
  test("a spanning 'Three Months Ended March 31,' makes the year under it Q1 of that year", () => {
    expect(qualifyYear("Three Months Ended March 31,", parsePeriod(2022)!)).toMatchObject({
      label: "Three Months Ended March 31, 2022",
      ...quarter(2022, 1),
    });
  });

  test("a spanning cell that names no period leaves the year alone", () => {
    expect(qualifyYear("Unaudited", parsePeriod(2022)!)).toBeNull();
  });
});

describe("periods that end off the calendar quarters, and trailing twelve months", () => {
  test.each([
    ["Three Months Ended April 30, 2022", { kind: "quarter", fiscal: true, endsOn: "2022-04-30" }],
    ["3 months ended Jan. 29, 2022", { kind: "quarter", fiscal: true, endsOn: "2022-01-29" }],
    ["Year Ended January 31, 2023", { kind: "year", year: 2023, endsOn: "2023-01-31" }],
    ["Nine Months Ended October 31, 2022", { kind: "ytd", months: 9, endsOn: "2022-10-31" }],
    ["TTM Q3 2023", { kind: "year", trailing: true, endsOn: "2023-09-30" }],
    ["LTM Jun-2022", { kind: "year", trailing: true, endsOn: "2022-06-30" }],
  ])("%p ends where it says", (text, expected) => {
    expect(parsePeriod(text)).toMatchObject(expected);
  });

  test.each([
    ["2020", "2020-12-31", 12],
    ["Q1 2022", "2022-03-31", 3],
    ["2021年上半年", "2021-06-30", 6],
    ["2024年1-9月", "2024-09-30", 9],
    ["Year Ended January 31, 2023", "2023-01-31", 12],
  ])("%p ends on %p after %p months", (text, end, months) => {
    expect(periodSpan(parsePeriod(text)!)).toEqual({ end, monthsLong: months });
  });
});
