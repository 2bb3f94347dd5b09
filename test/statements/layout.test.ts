import { findLayout, transpose, type Layout } from "../../src/statements/layout";

function layoutOf(grid: unknown[][], formats?: string[][]): Layout {
  const layout = findLayout(grid, formats);
  if (typeof layout === "string") throw new Error(`no layout: ${layout}`);
  return layout;
}

const across = [
  ["单位：亿元", "2019年", "2020年"],
  ["营业收入", 26.77, 40.5],
  ["净利润", -7.73, -6.05],
];

describe("findLayout", () => {
  test("periods across: the header row and the label column on its left", () => {
    expect(layoutOf(across)).toMatchObject({
      orientation: "across",
      header: 0,
      label: 0,
      periods: [
        { index: 1, period: { year: 2019 } },
        { index: 2, period: { year: 2020 } },
      ],
    });
  });

  test("periods down: the same statement turned reads with the same indices along each axis", () => {
    const layout = layoutOf(transpose(across));
    expect(layout).toMatchObject({ orientation: "down", header: 0, label: 0 });
    expect(layout.periods.map((p) => p.index)).toEqual([1, 2]);
    expect(layout.grid).toEqual(across);
  });

  test("title rows above the header are skipped: the header is the row with the most periods", () => {
    const grid = [
      ["FY2021 annual report", "", ""],
      ["项目", "2020年", "2021年"],
      ["营业收入", 1, 2],
    ];
    expect(layoutOf(grid)).toMatchObject({ header: 1, label: 0 });
  });

  test("a notes column between labels and figures is neither the label column nor a period", () => {
    const grid = [
      ["项目", "附注", "2020年", "2021年"],
      ["营业收入", "五、1", 1, 2],
      ["营业成本", "五、2", 3, 4],
    ];
    const layout = layoutOf(grid);
    expect(layout.label).toBe(0);
    expect(layout.periods.map((p) => p.index)).toEqual([2, 3]);
  });

  test("the label column is the one with the most labels, even when it is not the first", () => {
    const grid = [
      ["", "", "2020", "2021"],
      [1, "Revenue", 1, 2],
      [2, "Net income", 3, 4],
    ];
    expect(layoutOf(grid).label).toBe(1);
  });

  test("bare year numbers make a header only in a row without other figures", () => {
    expect(
      layoutOf([
        ["", 2020, 2021],
        ["Revenue", 2019, 2020.5],
      ]).header
    ).toBe(0);
    expect(
      findLayout([
        ["Revenue", 2019, 2020.5],
        ["Cost", 1, 2],
      ])
    ).toBe("noPeriods");
  });

  test("a date serial is a period when its format is a date format", () => {
    const grid = [
      ["", 44651],
      ["Revenue", 40.2],
    ];
    expect(
      layoutOf(grid, [
        ["General", "yyyy-mm-dd"],
        ["General", "General"],
      ]).periods[0].period
    ).toMatchObject({
      kind: "quarter",
      quarter: 1,
      year: 2022,
    });
    expect(findLayout(grid)).toBe("noPeriods");
  });

  test("date serials without a format count in a row holding nothing but period ends", () => {
    const grid = [
      ["", 44286, 44651],
      ["Revenue", 40.2, 38.6],
    ];
    expect(layoutOf(grid).periods.map((p) => p.period.label)).toEqual(["2021-03-31", "2022-03-31"]);
  });

  test("spanning 'Three Months Ended' cells qualify the bare years under them", () => {
    const grid = [
      ["", "Three Months Ended March 31,", "", "Six Months Ended June 30,"],
      ["", 2022, 2021, 2022],
      ["Revenue", 1, 2, 3],
    ];
    expect(layoutOf(grid).periods.map((p) => [p.period.kind, p.period.year])).toEqual([
      ["quarter", 2022],
      ["quarter", 2021],
      ["half", 2022],
    ]);
  });

  test("Q1…Q4 under spanning years take the year on their left, and their row becomes the header", () => {
    const grid = [
      ["", "2021", "", "2022"],
      ["", "Q3", "Q4", "Q1"],
      ["Revenue", 1, 2, 3],
    ];
    const layout = layoutOf(grid);
    expect(layout.header).toBe(1);
    expect(layout.periods.map((p) => [p.period.label, p.index])).toEqual([
      ["Q3 2021", 1],
      ["Q4 2021", 2],
      ["Q1 2022", 3],
    ]);
  });

  test("no periods anywhere → noPeriods; periods with nothing on their left → noLabels", () => {
    expect(
      findLayout([
        ["Revenue", 1],
        ["Cost", 2],
      ])
    ).toBe("noPeriods");
    expect(
      findLayout([
        ["2020年", "2021年"],
        [1, 2],
      ])
    ).toBe("noLabels");
  });
});

describe("transpose", () => {
  test("turns rows into columns and pads ragged rows with blanks", () => {
    expect(transpose([[1, 2, 3], [4]])).toEqual([
      [1, 4],
      [2, ""],
      [3, ""],
    ]);
  });
});
