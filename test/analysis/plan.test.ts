import { analysisChoices, planAnalysis, withMeanings } from "../../src/analysis";
import {
  columnLabelled,
  defaults,
  formatAt,
  labels,
  plan,
  readFixture,
  readGrid,
  rowLabelled,
  written,
} from "./planHelpers";
import { unguarded } from "../helpers/guard";

describe("Ximalaya, annual 2018–2020 in 亿元 (periods across)", () => {
  const read = readFixture("ximalaya-annual-2018-2020.csv");
  const p = plan(read);

  test("the block goes one blank row below the statement, in its columns", () => {
    expect(p.address).toBe("Sheet1!A12:D45"); // 29 metric rows, 3 notes on their lines and one on how it was written
    expect(p.where).toBe("beside");
    expect(p.formulas[0]).toEqual(["'FIN 分析", "'2018年", "'2019年", "'2020年"]);
  });

  test("revenue growth is one FIN.GROWTH per cell; the first year has no prior and stays empty", () => {
    expect(rowLabelled(p, "营业收入 增长率")).toEqual([
      "'营业收入 增长率",
      null,
      "=FIN.GROWTH(C2,B2)",
      "=FIN.GROWTH(D2,C2)",
    ]);
    expect(written(p, "D13")).toBe("=FIN.GROWTH(D2,C2)");
    expect(formatAt(p, "D13")).toBe("0.0%");
    expect(formatAt(p, "B13")).toBeNull();
  });

  test("every line gets a growth row, in statement order; the net loss's says + is a wider loss", () => {
    expect(labels(p).slice(0, 9)).toEqual([
      ...read.statement.lines.slice(0, 8).map((l) => `${l.label} 增长率`),
      "净亏损 增幅（正=扩大）",
    ]);
    expect(rowLabelled(p, "净亏损 增幅（正=扩大）")[3]).toBe("=FIN.GROWTH(D10,C10,TRUE())");
  });

  test("the period expense ratio is 总营业费用 ÷ 营业收入 when the statement has that total", () => {
    expect(rowLabelled(p, "期间费用率").slice(1)).toEqual([
      "=FIN.EXPENSERATIO(B9,B2)",
      "=FIN.EXPENSERATIO(C9,C2)",
      "=FIN.EXPENSERATIO(D9,D2)",
    ]);
  });

  test("a loss-making company gets the net loss rate, −净利润 ÷ 营业收入", () => {
    expect(rowLabelled(p, "净亏损率")[3]).toBe("=FIN.LOSSRATE(D10,D2)");
    expect(labels(p)).not.toContain("净利率");
  });

  test("each ratio is followed by its change in percentage points, on the block's own cells", () => {
    const names = labels(p);
    const at = names.indexOf("净亏损率");
    expect(names[at + 1]).toBe("净亏损率 变动（百分点）");
    const ratioRow = p.area.row + 1 + at + 1; // 1-based sheet row of the ratio
    const pp = rowLabelled(p, "净亏损率 变动（百分点）");
    expect(pp[1]).toBeNull();
    expect(pp[3]).toBe(`=FIN.PPCHANGE(D${ratioRow},C${ratioRow})`);
    expect(formatAt(p, `D${ratioRow + 1}`)).toBe('0.0 "pp"');
  });

  test("revenue lines get their share of revenue", () => {
    expect(rowLabelled(p, "订阅收入 占比")[3]).toBe("=FIN.SHARE(D3,D2)");
  });

  test("cost lines get their ratio to revenue; the total line is not repeated", () => {
    expect(rowLabelled(p, "带宽成本 占收入比")[3]).toBe("=FIN.EXPENSERATIO(D8,D2)");
    expect(labels(p)).not.toContain("总营业费用 占收入比");
  });

  test("the cumulative net loss runs from the first year and is a positive loss", () => {
    expect(rowLabelled(p, "累计净亏损（亿元人民币）")).toEqual([
      "'累计净亏损（亿元人民币）",
      "=INDEX(FIN.CUMULATIVE(B10,TRUE()),1,1)",
      "=INDEX(FIN.CUMULATIVE(B10:C10,TRUE()),1,2)",
      "=INDEX(FIN.CUMULATIVE(B10:D10,TRUE()),1,3)",
    ]);
  });

  test("the CAGR over the whole span sits in the last year", () => {
    expect(rowLabelled(p, "营业收入 复合增长率（2018年–2020年）")).toEqual([
      "'营业收入 复合增长率（2018年–2020年）",
      null,
      null,
      "=FIN.CAGR(B2,D2,2)",
    ]);
  });

  test("labels and period headers are text; the header is bold with a rule under it", () => {
    for (const row of p.formulas)
      for (const cell of row)
        if (cell !== null) expect(unguarded(cell)).toMatch(/^(?:'|=FIN\.|=INDEX\(FIN\.)/);
    expect(p.bold).toEqual([{ row: 11, column: 0, rowCount: 1, columnCount: 4 }]);
    expect(p.rule).toEqual(p.bold[0]);
    expect(p.fit).toEqual({ row: 0, column: 0, rowCount: 45, columnCount: 4 });
  });
});

describe("Agora, Q1 2021 and Q1 2022 in USD millions", () => {
  const read = readFixture("agora-quarterly-q1-2021-2022.csv");
  const p = plan(read);

  test("English labels; R&D ratio and net loss rate reference the statement cells", () => {
    expect(rowLabelled(p, "Research and development % of revenue")[2]).toBe(
      "=FIN.EXPENSERATIO(C3,C2)"
    );
    expect(rowLabelled(p, "Net loss rate")[2]).toBe("=FIN.LOSSRATE(C5,C2)");
    expect(rowLabelled(p, "Total revenues growth (YoY)")[2]).toBe("=FIN.GROWTH(C2,B2)");
  });

  test("the same quarter of two years is one year apart: no QoQ, no running total, no CAGR by default", () => {
    const choices = analysisChoices(read.statement);
    expect(choices.available.growthQoQ).toBe(false);
    expect(choices.reasons.cumulativeLoss).toBe("notConsecutive");
    expect(choices.defaults.cagr).toBe(false);
    expect(labels(p).some((l) => l.startsWith("Cumulative"))).toBe(false);
  });

  test("no period expense ratio without selling and admin lines (or a total), and it says why", () => {
    const choices = analysisChoices(read.statement);
    expect(choices.available.periodExpenseRatio).toBe(false);
    expect(choices.reasons.periodExpenseRatio).toBe("noPeriodExpenseParts");
    expect(labels(plan(read, { periodExpenseRatio: true }))).not.toContain("Period expense ratio");
  });

  test("the net loss, written in parentheses, grows +83.6 % as a wider loss: FIN.GROWTH with negate", () => {
    expect(rowLabelled(p, "Net loss growth (YoY, + = wider)")[2]).toBe("=FIN.GROWTH(C5,B5,TRUE())");
  });
});

describe("quarterly data", () => {
  const read = readFixture("statements/quarterly-consecutive.csv");
  const p = plan(read);

  test("YoY compares four quarters back, QoQ one; periods without a prior stay empty", () => {
    expect(rowLabelled(p, "Revenues growth (YoY)")).toEqual([
      "'Revenues growth (YoY)",
      null,
      null,
      null,
      null,
      "=FIN.GROWTH(F2,B2)",
    ]);
    expect(rowLabelled(p, "Revenues growth (QoQ)")).toEqual([
      "'Revenues growth (QoQ)",
      null,
      "=FIN.GROWTH(C2,B2)",
      "=FIN.GROWTH(D2,C2)",
      "=FIN.GROWTH(E2,D2)",
      "=FIN.GROWTH(F2,E2)",
    ]);
  });

  test("the change in percentage points of a ratio is year on year too", () => {
    expect(rowLabelled(p, "Net loss rate change (pp)").filter((c) => c !== null)).toHaveLength(2);
  });

  test("Chinese quarterly labels say 同比 and 环比", () => {
    const zh = readGrid([
      [
        "单位：亿元",
        "2021年一季度",
        "2021年二季度",
        "2021年三季度",
        "2021年四季度",
        "2022年一季度",
      ],
      ["营业收入", "10", "11", "12", "13", "14"],
    ]);
    const names = labels(plan(zh));
    expect(names).toContain("营业收入 同比增长率");
    expect(names).toContain("营业收入 环比增长率");
  });
});

describe("periods down (a transposed statement)", () => {
  const read = readFixture("statements/transposed-zh.csv", "B3");
  const p = plan(read);

  test("the block goes one blank column to the right, in the statement's rows", () => {
    expect(read.statement.orientation).toBe("down");
    expect(p.area).toMatchObject({ row: 2, column: 9, rowCount: 8 }); // and the note rows
    expect(p.formulas.map((r) => r[0])).toEqual([
      "'FIN 分析",
      "'2019年",
      "'2020年",
      "'2021年",
      "'收入基数：营业收入（C 列）",
      "'净利润：净利润（H 列）",
      "'期间费用：销售费用（E 列）、管理费用（F 列）",
      "'以 FIN 公式写入（实时更新，需要 FIN 加载项）。",
    ]);
  });

  test("formulas reference the statement's columns of lines and rows of periods", () => {
    expect(columnLabelled(p, "营业收入 增长率")).toEqual([
      "'营业收入 增长率",
      null,
      "=FIN.GROWTH(C5,C4)",
      "=FIN.GROWTH(C6,C5)",
      null,
      null,
      null,
      null,
    ]);
    expect(columnLabelled(p, "研发费用 占收入比")[3]).toBe("=FIN.EXPENSERATIO(G6,C6)");
  });

  test("the period expense ratio sums adjacent parts as one range; the R&D switch adds R&D", () => {
    expect(columnLabelled(p, "期间费用率")[3]).toBe("=FIN.EXPENSERATIO(E6:F6,C6)");
    const withRd = plan(read, { includeRd: true });
    expect(columnLabelled(withRd, "期间费用率（含研发）")[3]).toBe("=FIN.EXPENSERATIO(E6:G6,C6)");
  });

  test("a company that turned profitable gets the net margin", () => {
    expect(columnLabelled(p, "净利率")[3]).toBe("=FIN.MARGIN(H6,C6)");
  });

  test("the metric labels are the bold header row, the period column bold too", () => {
    expect(p.bold[0]).toEqual({ row: 2, column: 9, rowCount: 1, columnCount: p.area.columnCount });
    expect(p.bold[1]).toEqual({ row: 2, column: 9, rowCount: 4, columnCount: 1 });
  });
});

describe("R&D switch with parts that are not adjacent", () => {
  const read = readGrid([
    ["单位：亿元", "2020年", "2021年"],
    ["营业收入", "100", "120"],
    ["销售费用", "10", "12"],
    ["管理费用", "8", "9"],
    ["研发费用", "15", "18"],
    ["财务费用", "2", "3"],
    ["净利润", "5", "6"],
  ]);

  test("without R&D: selling + admin as one range, plus finance on its own", () => {
    expect(rowLabelled(plan(read), "期间费用率")[2]).toBe("=FIN.EXPENSERATIO(C3:C4,C2,,C6)");
  });

  test("with R&D: the four lines are one range", () => {
    expect(rowLabelled(plan(read, { includeRd: true }), "期间费用率（含研发）")[2]).toBe(
      "=FIN.EXPENSERATIO(C3:C6,C2)"
    );
  });

  test("the switch does not apply when the statement has a total line", () => {
    expect(analysisChoices(read.statement).rdSwitchApplies).toBe(true);
    const ximalaya = readFixture("ximalaya-annual-2018-2020.csv");
    expect(analysisChoices(ximalaya.statement).rdSwitchApplies).toBe(false);
  });
});

describe("newest-first columns", () => {
  const read = readFixture("statements/fiscal-years-newest-first.csv");
  const p = plan(read, { cagr: true });

  test("growth compares with the column to the right; the oldest year stays empty", () => {
    expect(rowLabelled(p, "Total net revenues growth (YoY)")).toEqual([
      "'Total net revenues growth (YoY)",
      "=FIN.GROWTH(B2,C2)",
      "=FIN.GROWTH(C2,D2)",
      null,
    ]);
  });

  test("the CAGR runs from the oldest year (right) to the newest (left)", () => {
    expect(rowLabelled(p, "Total net revenues CAGR FY2020–FY2022")).toEqual([
      "'Total net revenues CAGR FY2020–FY2022",
      "=FIN.CAGR(D2,B2,2)",
      null,
      null,
    ]);
  });

  test("a profitable company gets the net margin, and no cumulative loss", () => {
    expect(rowLabelled(p, "Net margin")[1]).toBe("=FIN.MARGIN(B5,B2)");
    expect(analysisChoices(read.statement).reasons.cumulativeLoss).toBe("notLossMaking");
  });

  test("a cumulative loss over newest-first columns spans from the oldest year", () => {
    const losses = readGrid([
      ["USD in millions", "2022", "2021", "2020"],
      ["Revenue", "30", "20", "10"],
      ["Net income", "-3", "-2", "-1"],
    ]);
    expect(rowLabelled(plan(losses), "Cumulative net loss (USD in millions)")).toEqual([
      "'Cumulative net loss (USD in millions)",
      "=INDEX(FIN.CUMULATIVE(B3:D3,TRUE()),1,3)",
      "=INDEX(FIN.CUMULATIVE(C3:D3,TRUE()),1,2)",
      "=INDEX(FIN.CUMULATIVE(D3,TRUE()),1,1)",
    ]);
  });
});

describe("a loss reported as a positive figure (净亏损 1,200.0)", () => {
  const read = readFixture("statements/section-headings-loss.csv");
  const p = plan(read);

  test("the loss rate is positive: the loss ÷ revenue, with no minus", () => {
    const net = read.statement.lines.find((l) => l.meaning === "netIncome");
    expect(net?.reportedAsLoss).toBe(true);
    expect(rowLabelled(p, "净亏损率")[2]).toBe("=FIN.MARGIN(C9,C2)");
  });

  test("the cumulative loss adds the losses as written", () => {
    expect(rowLabelled(p, "累计净亏损（万元）")[2]).toBe("=INDEX(FIN.CUMULATIVE(B9:C9),1,2)");
  });

  test("the period expense ratio uses 营业费用合计", () => {
    expect(rowLabelled(p, "期间费用率")[2]).toBe("=FIN.EXPENSERATIO(C7,C2)");
  });
});

describe("labels stay text whatever they start with", () => {
  const read = readGrid([
    ["USD in millions", "2020", "2021"],
    ["Revenue", "100", "120"],
    ['=HYPERLINK("http://x","Adjusted")', "5", "6"],
    ["-调整", "1", "2"],
    ["'quoted", "3", "4"],
  ]);
  const p = plan(read);

  test("a label starting with = is written with Excel's leading apostrophe", () => {
    expect(rowLabelled(p, '=HYPERLINK("http://x","Adjusted") growth (YoY)')[0]).toBe(
      `'=HYPERLINK("http://x","Adjusted") growth (YoY)`
    );
  });

  test("labels starting with - or ' and period headers that look like numbers stay text", () => {
    expect(labels(p)).toContain("-调整 growth (YoY)");
    expect(p.formulas.some((r) => r[0] === "''quoted growth (YoY)")).toBe(true);
    expect(p.formulas[0]).toEqual(["'FIN analysis", "'2020", "'2021"]);
  });
});

describe("reassigning a line's meaning changes the plan", () => {
  const read = readFixture("agora-quarterly-q1-2021-2022.csv");
  const srm = read.statement.lines.find((l) => l.label === "Sales and marketing")!;

  test("a line set to 'not used' loses its ratio; set to R&D it becomes an R&D line", () => {
    const unused = withMeanings(read.statement, { [srm.index]: null });
    expect(labels(plan({ ...read, statement: unused }))).not.toContain(
      "Sales and marketing % of revenue"
    );
    const rd = read.statement.lines.find((l) => l.label === "Research and development")!;
    const asParts = withMeanings(read.statement, {
      [srm.index]: "adminExpense",
      [rd.index]: "sellingExpense",
    });
    expect(analysisChoices(asParts).periodExpenseSource).toBe("components");
  });

  test("without a revenue line, ratios are unavailable and say why", () => {
    const revenue = read.statement.lines.find((l) => l.meaning === "revenue")!;
    const noRevenue = withMeanings(read.statement, { [revenue.index]: null });
    const choices = analysisChoices(noRevenue);
    expect(choices.available.expenseRatios).toBe(false);
    expect(choices.reasons.expenseRatios).toBe("noRevenue");
    expect(choices.reasons.netResult).toBe("noRevenue");
    const p = plan({ ...read, statement: noRevenue });
    expect(p.rows.every((r) => r.metric === "growth" || r.metric === "lossGrowth")).toBe(true);
  });
});

describe("expenses shown as negative figures", () => {
  test("their ratio is −amount ÷ revenue (EXPENSERATIO with negate), so it is positive", () => {
    const read = readGrid([
      ["USD in millions", "2020", "2021"],
      ["Revenue", "100", "120"],
      ["Research and development", "(30)", "(35)"],
      ["Net loss", "(5)", "(6)"],
    ]);
    expect(rowLabelled(plan(read), "Research and development % of revenue")[2]).toBe(
      "=FIN.EXPENSERATIO(C3,C2,TRUE())"
    );
    expect(rowLabelled(plan(read), "Research and development growth (YoY)")[2]).toBe(
      "=FIN.GROWTH(C3,B3,TRUE())"
    );
  });
});

describe("placement", () => {
  const read = readFixture("ximalaya-annual-2018-2020.csv");

  test("when the area below is used, the block goes one blank row past the used range", () => {
    const p = plan(read, {}, { usedRange: { row: 0, column: 0, rowCount: 20, columnCount: 6 } });
    expect(p.where).toBe("nextFree");
    expect(p.area.row).toBe(21);
    expect(p.address).toBe("Sheet1!A22:D55");
    expect(rowLabelled(p, "营业收入 增长率")[3]).toBe("=FIN.GROWTH(D2,C2)");
  });

  test("content elsewhere on the sheet that doesn't touch the area is left alone", () => {
    const p = plan(read, {}, { usedRange: { row: 0, column: 0, rowCount: 10, columnCount: 4 } });
    expect(p.where).toBe("beside");
  });

  test("a new sheet gets the block at A1, with sheet-qualified references", () => {
    const moved = readFixture("ximalaya-annual-2018-2020.csv", "A1", "利润表 2020");
    const p = plan(moved, {}, { placement: "newSheet", newSheetName: "FIN 分析" });
    expect(p.address).toBe("'FIN 分析'!A1:D34");
    expect(rowLabelled(p, "营业收入 增长率")[3]).toBe(
      "=FIN.GROWTH('利润表 2020'!D2,'利润表 2020'!C2)"
    );
    expect(rowLabelled(p, "营业收入 增长率 ".trim())[0]).toBe("'营业收入 增长率");
    // The block's own cells are on its sheet: no qualifier.
    expect(rowLabelled(p, "净亏损率 变动（百分点）")[3]).toMatch(/^=FIN\.PPCHANGE\(D\d+,C\d+\)$/);
  });

  test("no room left below: nothing is planned and FIN says so", () => {
    const result = planAnalysis({
      statement: read.statement,
      source: read.source,
      options: defaults(read.statement),
      placement: "beside",
      usedRange: { row: 0, column: 0, rowCount: 1_048_570, columnCount: 4 },
    });
    expect(result).toEqual({ ok: false, failure: { reason: "noRoom" } });
  });

  test("nothing ticked: nothing to write", () => {
    const none = Object.fromEntries(Object.keys(defaults(read.statement)).map((k) => [k, false]));
    const result = planAnalysis({
      statement: read.statement,
      source: read.source,
      options: { ...defaults(read.statement), ...none },
      placement: "beside",
      usedRange: null,
    });
    expect(result).toEqual({ ok: false, failure: { reason: "nothingToWrite" } });
  });
});
