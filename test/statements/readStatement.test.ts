import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { cellAt, readStatement, type ReadResult, type Statement } from "../../src/statements";
import { asTyped, FIXTURES, readFixture } from "./csv";

function statementOf(result: ReadResult): Statement {
  if (!result.ok) throw new Error(`expected a statement, got ${result.failure.reason}`);
  return result.value;
}

// The reader sees either what a paste into Excel gives (typed numbers) or cells kept as text.
const modes = { text: (rows: string[][]) => rows as unknown[][], typed: asTyped };

describe("the Ximalaya annual statement (亿元, 2018-2020)", () => {
  const rows = readFixture("ximalaya-annual-2018-2020.csv");

  describe.each(Object.entries(modes))("with cells as %s", (_mode, toCells) => {
    const statement = statementOf(readStatement(toCells(rows)));

    test("periods run across a header in row 0, labels in column 0", () => {
      expect(statement).toMatchObject({
        orientation: "across",
        headerIndex: 0,
        labelIndex: 0,
        language: "zh",
      });
      expect(statement.periods.map((p) => [p.label, p.year, p.kind, p.index])).toEqual([
        ["2018年", 2018, "year", 1],
        ["2019年", 2019, "year", 2],
        ["2020年", 2020, "year", 3],
      ]);
      expect(statement.growth).toEqual({ yoy: 1, qoq: null });
    });

    test("单位：亿元人民币 is CNY at a scale of 1e8", () => {
      expect(statement.unit).toEqual({ label: "亿元人民币", currency: "CNY", scale: 1e8 });
    });

    test("each line has its meaning, and segments are told from total revenue", () => {
      expect(statement.lines.map((l) => [l.label, l.index, l.meaning])).toEqual([
        ["营业收入", 1, "revenue"],
        ["订阅收入", 2, "revenueSegment"],
        ["广告收入", 3, "revenueSegment"],
        ["在线直播收入", 4, "revenueSegment"],
        ["教育服务收入", 5, "revenueSegment"],
        ["总成本", 6, "costOfRevenue"],
        ["带宽成本", 7, "bandwidthCost"],
        ["总营业费用", 8, "totalOperatingExpenses"],
        ["净利润", 9, "netIncome"],
      ]);
    });

    test("blank cells stay null, never 0", () => {
      const byLabel = Object.fromEntries(statement.lines.map((l) => [l.label, l.values]));
      expect(byLabel["广告收入"]).toEqual([4.19, null, 10.72]);
      expect(byLabel["在线直播收入"]).toEqual([null, null, 7.18]);
      expect(byLabel["营业收入"]).toEqual([14.76, 26.77, 40.5]);
    });

    test("the net loss reads as negative figures", () => {
      expect(statement.lines[8].values).toEqual([-7.74, -7.73, -6.05]);
      expect(statement.lines[8].reportedAsLoss).toBe(false);
    });
  });
});

describe("the Agora quarterly statement (USD in millions, Q1 2021 and Q1 2022)", () => {
  const rows = readFixture("agora-quarterly-q1-2021-2022.csv");

  describe.each(Object.entries(modes))("with cells as %s", (_mode, toCells) => {
    const statement = statementOf(readStatement(toCells(rows)));

    test("the same quarter of two years: yoy lag 1, no qoq", () => {
      expect(statement.periods.map((p) => [p.label, p.year, p.kind, p.quarter, p.index])).toEqual([
        ["Q1 2021", 2021, "quarter", 1, 1],
        ["Q1 2022", 2022, "quarter", 1, 2],
      ]);
      expect(statement.growth).toEqual({ yoy: 1, qoq: null });
    });

    test("USD in millions is USD at a scale of 1e6", () => {
      expect(statement.unit).toEqual({ label: "USD in millions", currency: "USD", scale: 1e6 });
      expect(statement.language).toBe("en");
    });

    test("each line has its meaning and the synonym that matched", () => {
      expect(statement.lines.map((l) => [l.meaning, l.matched])).toEqual([
        ["revenue", "Total revenues"],
        ["rdExpense", "Research and development"],
        ["sellingExpense", "Sales and marketing"],
        ["netIncome", "Net loss"],
      ]);
    });

    test("the net loss in parentheses is negative, (14.67) as text or as a number", () => {
      expect(statement.lines[3].values).toEqual([-14.67, -26.94]);
    });
  });
});

interface FixtureExpectation {
  description: string;
  modes?: (keyof typeof modes)[];
  cellFormats?: [number, number, string][];
  expect?: Record<string, unknown>;
  fail?: string;
}

const variants = readdirSync(join(FIXTURES, "statements"))
  .filter((name) => name.endsWith(".csv"))
  .map((name) => {
    const expectation = JSON.parse(
      readFileSync(join(FIXTURES, "statements", name.replace(/\.csv$/, ".json")), "utf8")
    ) as FixtureExpectation;
    return { name, rows: readFixture(join("statements", name)), ...expectation };
  });

test("there are at least 20 layout variants and 4 malformed inputs", () => {
  expect(variants.filter((v) => v.expect).length).toBeGreaterThanOrEqual(20);
  expect(variants.filter((v) => v.fail).length).toBeGreaterThanOrEqual(4);
});

describe.each(variants)(
  "$name: $description",
  ({ rows, modes: only, cellFormats, expect: expected, fail }) => {
    const formats = cellFormats && rows.map((row) => row.map(() => "General"));
    for (const [row, column, format] of cellFormats ?? []) formats![row][column] = format;

    test.each(only ?? ["text", "typed"])("with cells as %s", (mode) => {
      const result = readStatement(modes[mode as keyof typeof modes](rows), formats);
      if (fail) expect(result).toMatchObject({ ok: false, failure: { reason: fail } });
      else expect(statementOf(result)).toMatchObject(expected!);
    });
  }
);

describe("malformed selections fail with a reason instead of throwing", () => {
  test.each([
    ["no rows at all", "empty", []],
    [
      "only blank cells",
      "empty",
      [
        ["", null],
        [" ", ""],
      ],
    ],
    ["a single cell", "singleCell", [[40.5]]],
    ["a single text cell", "singleCell", [["营业收入"]]],
    [
      "only text",
      "noNumbers",
      [
        ["Revenue", "Cost"],
        ["abc", "def"],
      ],
    ],
    [
      "labels and figures without periods",
      "noPeriods",
      [
        ["Revenue", 1],
        ["Cost", 2],
      ],
    ],
    [
      "periods and figures without labels",
      "noLabels",
      [
        ["2020", "2021"],
        [1, 2],
      ],
    ],
  ])("%s fails with %s", (_what, reason, grid) => {
    const result = readStatement(grid as unknown[][]);
    expect(result).toEqual({ ok: false, failure: { reason } });
  });
});

describe("positions", () => {
  test("a line's figure for a period is found at cellAt(orientation, line index, period index)", () => {
    const rows = readFixture("statements/transposed-zh.csv");
    const statement = statementOf(readStatement(asTyped(rows)));
    const revenue = statement.lines[0];
    const { row, column } = cellAt(
      statement.orientation,
      revenue.index,
      statement.periods[2].index
    );
    expect(asTyped(rows)[row][column]).toBe(revenue.values[2]);
  });

  test("ragged rows are read as if padded with blanks", () => {
    const result = readStatement([
      ["", "2020", "2021"],
      ["Revenue", 10],
      ["Net income", 1, 2],
    ]);
    expect(statementOf(result).lines[0].values).toEqual([10, null]);
  });
});
