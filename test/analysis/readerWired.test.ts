/*
 * Analyze uses the statement reader's whole reading (issue 10): its questions (never guess), its
 * sub-items and line kinds, GAAP vs adjusted lines, per-line units and currencies, its arithmetic
 * checks, and its periods and translation columns. Every figure hand-worked from the fixtures.
 */
import {
  analysisChoices,
  answerQuestions,
  planAnalysis,
  type AnalysisPlan,
} from "../../src/analysis";
import {
  readFixture,
  readGrid,
  defaults,
  plan,
  rowLabelled,
  labels,
  type Read,
} from "./planHelpers";

const corpus = (name: string) => readFixture(`statements/corpus/${name}.csv`);

/** The block written as values (computed by FIN's own metrics), with the analyst's answers. */
function values(read: Read, answers = {}, change = {}): AnalysisPlan {
  return plan(read, change, { mode: "values", sourceValues: read.grid, answers });
}

/** The block's note rows (below the metrics), as written. */
function notes(p: AnalysisPlan): string[] {
  return p.formulas
    .slice(1 + p.rows.length)
    .map((r) => r.find((x) => typeof x === "string") as string)
    .map((x) => x.slice(1));
}

describe("the A-share 利润表: 营业总收入 over 其中：营业收入, 利息费用 inside 财务费用", () => {
  const read = corpus("ashare-lirunbiao-qizhong");
  // Columns: C = 2023年度, D = 2022年度.
  const at2023 = (p: AnalysisPlan, label: string) => rowLabelled(p, label)[2];

  test("over 营业总收入 (the reader's default): period expense ratio (12 + 6 + 3) ÷ 132 = 15.9 %, cost of revenue 70 ÷ 132 = 53.0 %", () => {
    const p = values(read);
    expect(at2023(p, "期间费用率")).toBeCloseTo(21 / 132, 12); // 0.1591
    expect(at2023(p, "其中：营业成本 占收入比")).toBeCloseTo(70 / 132, 12); // 0.5303
    expect(notes(p)[0]).toBe("收入基数：一、营业总收入（第 4 行）");
  });

  test("over 营业收入 when the analyst picks it: 21 ÷ 120 = 17.5 %, 70 ÷ 120 = 58.3 %, and the note says so", () => {
    const p = values(read, { revenue: 1 });
    expect(at2023(p, "期间费用率")).toBeCloseTo(0.175, 12);
    expect(at2023(p, "其中：营业成本 占收入比")).toBeCloseTo(70 / 120, 12); // 0.5833
    expect(notes(p)[0]).toBe("收入基数：其中：营业收入（第 5 行）");
  });

  test("利息费用 is never summed beside 财务费用; 营业总成本 is not the cost of revenue", () => {
    const p = plan(read);
    expect(rowLabelled(p, "期间费用率")[2]).toBe("=FIN.EXPENSERATIO(C9:C10,C4,,C12)");
    expect(labels(p)).not.toContain("二、营业总成本 占收入比");
    expect(labels(p)).not.toContain("其中：利息费用 占收入比");
  });

  test("the net margin reads the amount attributable to the company, 28 ÷ 132, and says so", () => {
    const p = values(read);
    expect(at2023(p, "净利率")).toBeCloseTo(28 / 132, 12);
    expect(notes(p)).toContain(
      "净利润：（一）归属于母公司所有者的净利润（第 23 行），归属于母公司的金额"
    );
  });

  test("per-share rows get no growth; the operating margin is offered: 35 ÷ 132", () => {
    const p = values(read);
    expect(labels(p).some((l) => l.includes("每股收益"))).toBe(false);
    expect(at2023(p, "营业利润率")).toBeCloseTo(35 / 132, 12);
  });
});

describe("never guess", () => {
  const read = readGrid([
    ["", "2021", "2022"],
    ["Revenue", "100", "120"],
    ["Revenue", "90", "110"],
    ["Net loss", "-10", "-12"],
  ]);

  test("two revenue lines with different figures: nothing is planned until the analyst chooses", () => {
    expect(read.statement.questions).toMatchObject([{ meaning: "revenue", chosen: null }]);
    const request = {
      statement: read.statement,
      source: read.source,
      options: defaults(answerQuestions(read.statement).statement),
      placement: "beside" as const,
      usedRange: read.source,
    };
    expect(planAnalysis(request)).toEqual({ ok: false, failure: { reason: "openQuestion" } });
    const answered = planAnalysis({
      ...request,
      options: defaults(answerQuestions(read.statement, { revenue: 1 }).statement),
      answers: { revenue: 1 }, // the second Revenue line (row 3)
    });
    expect(answered.ok).toBe(true);
    if (!answered.ok) return;
    // −(−12) ÷ 110, the chosen line.
    expect(rowLabelled(answered.value, "Net loss rate")[2]).toBe("=FIN.LOSSRATE(C4,C3)");
  });
});

describe("Agora's press release with a non-GAAP reconciliation", () => {
  const p = values(corpus("press-release-agora-non-gaap"));

  test("the net loss rate is GAAP: 26.94 ÷ 38.59 = 69.8 %", () => {
    expect(rowLabelled(p, "Net loss rate")[2]).toBeCloseTo(26.94 / 38.59, 12); // 0.6981
  });

  test("the adjusted figure is a metric of its own, labelled: 15.01 ÷ 38.59 = 38.9 %", () => {
    expect(rowLabelled(p, "Adjusted net loss rate (Non-GAAP net loss)")[2]).toBeCloseTo(
      15.01 / 38.59,
      12
    );
    expect(notes(p)).toContain("Adjusted net income: Non-GAAP net loss (row 11), not GAAP");
  });
});

describe("units and currencies per line", () => {
  test("净亏损（万元） over 营业收入（亿元）: the formula converts, 60,500 万 ÷ 40.50 亿 = 14.9 %", () => {
    const read = corpus("mixed-units-zh-labels");
    const p = values(read);
    expect(rowLabelled(p, "净亏损率")[1]).toBeCloseTo(6.05 / 40.5, 12);
    expect(rowLabelled(plan(read), "净亏损率")[1]).toBe("=FIN.LOSSRATE(B3,B2)*0.0001");
  });

  test("Net loss (RMB'000) beside revenue in US$ millions: refused, naming both currencies", () => {
    const read = corpus("mixed-units-label-override");
    const p = plan(read);
    expect(labels(p)).not.toContain("Net loss rate");
    expect(analysisChoices(read.statement).refusals[0].currencies).toEqual(["CNY", "USD"]);
    expect(notes(p)).toContain(
      "Not written: Net loss (RMB'000) is in CNY, revenue (Revenue) in USD"
    );
  });
});

describe("periods", () => {
  test("F-1: YoY for the years and for the quarters, none across them, none in the US$ columns", () => {
    const read = corpus("f1-rmb-usd-years-then-quarters");
    const row = rowLabelled(plan(read), "Total revenues growth (YoY)");
    // B 2018, C 2019, D 2020, E US$, F Q1 2020, G Q1 2021 (H, US$, is past the block's last period).
    expect(row.slice(1)).toEqual([
      null,
      expect.stringContaining("FIN.GROWTH(C"),
      expect.stringContaining("FIN.GROWTH(D"),
      null,
      null,
      expect.stringContaining("FIN.GROWTH(G"),
    ]);
    expect(row[6]).toMatch(/FIN\.GROWTH\(G\d+,F\d+\)/);
  });

  test("twelve quarters: no CAGR ticked by default", () => {
    const read = corpus("twelve-quarters");
    expect(analysisChoices(read.statement).defaults.cagr).toBe(false);
    expect(labels(plan(read)).some((l) => l.includes("CAGR"))).toBe(false);
  });
});

describe("the statement's own arithmetic", () => {
  const read = corpus("us-10k-segments-mistyped");

  test("the mistyped 2022 segment is a check; written as a live row it is 1,755 − (750 + 1,050) = −45", () => {
    expect(read.statement.checks).toHaveLength(1);
    expect(analysisChoices(read.statement).defaults.checks).toBe(false);
    const p = values(read, {}, { checks: true });
    // B 2023, C 2022, D 2021.
    expect(rowLabelled(p, "Check: Total revenues (reported − computed)").slice(1)).toEqual([
      0, -45, 0,
    ]);
    expect(
      rowLabelled(plan(read, { checks: true }), "Check: Total revenues (reported − computed)")[2]
    ).toBe("=C8-(C6+C7)");
  });
});

describe("期间费用 stated", () => {
  test("the period expense ratio is the 期间费用 line ÷ 净收入: 26.33 ÷ 40.50 = 65.0 %", () => {
    const p = values(corpus("period-expenses-net-revenue"));
    expect(rowLabelled(p, "期间费用率")[1]).toBeCloseTo(26.33 / 40.5, 12);
  });
});
