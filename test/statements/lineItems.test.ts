import {
  labelSaysLoss,
  allMeanings,
  lineItemDictionary,
  matchLineItem,
  meanings,
  normaliseLabel,
} from "../../src/statements/lineItems";

describe("matchLineItem gives each label a meaning and the synonym that matched", () => {
  test.each([
    ["营业收入", "revenue", "营业收入"],
    ["营收", "revenue", "营收"],
    ["总营收", "revenue", "总营收"],
    ["营业总收入", "revenue", "营业总收入"],
    ["收入", "revenue", "收入"],
    ["总收入", "revenue", "总收入"],
    ["Revenue", "revenue", "Revenue"],
    ["REVENUES", "revenue", "Revenues"],
    ["Total revenues", "revenue", "Total revenues"],
    ["Net revenues", "revenue", "Net revenues"],
    ["Total net revenues", "revenue", "Total net revenues"],
    ["营业收入合计", "revenue", "营业收入"],
    ["Total revenues, net", "revenue", "Total revenues"],
    ["订阅收入", "revenueSegment", "订阅收入"],
    ["广告收入", "revenueSegment", "广告收入"],
    ["在线直播收入", "revenueSegment", "在线直播收入"],
    ["技术服务收入", "revenueSegment", "收入"],
    ["Subscription revenue", "revenueSegment", "Subscription revenue"],
    ["Advertising revenues", "revenueSegment", "Advertising revenues"],
    ["Live streaming", "revenueSegment", "Live streaming"],
    ["Hardware revenues", "revenueSegment", "revenues"],
    ["营业成本", "costOfRevenue", "营业成本"],
    ["总成本", "costOfRevenue", "总成本"],
    ["营业总成本", "totalCosts", "营业总成本"],
    ["Cost of revenues", "costOfRevenue", "Cost of revenues"],
    ["Cost of revenue", "costOfRevenue", "Cost of revenue"],
    ["Cost of sales", "costOfRevenue", "Cost of sales"],
    ["带宽成本", "bandwidthCost", "带宽成本"],
    ["Bandwidth costs", "bandwidthCost", "Bandwidth costs"],
    ["毛利", "grossProfit", "毛利"],
    ["毛利润", "grossProfit", "毛利润"],
    ["Gross profit", "grossProfit", "Gross profit"],
    ["销售费用", "sellingExpense", "销售费用"],
    ["销售及市场费用", "sellingExpense", "销售及市场费用"],
    ["Sales and marketing", "sellingExpense", "Sales and marketing"],
    ["Sales & marketing expenses", "sellingExpense", "Sales and marketing"],
    ["Selling expenses", "sellingExpense", "Selling expenses"],
    ["Selling and marketing expenses", "sellingExpense", "Selling and marketing expenses"],
    ["管理费用", "adminExpense", "管理费用"],
    ["General and administrative", "adminExpense", "General and administrative"],
    ["研发费用", "rdExpense", "研发费用"],
    ["Research and development", "rdExpense", "Research and development"],
    ["Research and development expenses", "rdExpense", "Research and development"],
    ["R&D", "rdExpense", "R&D"],
    ["R&D expenses", "rdExpense", "R&D"],
    ["财务费用", "financeCost", "财务费用"],
    ["Finance costs", "financeCost", "Finance costs"],
    ["Interest expense", "interestExpense", "Interest expense"],
    ["总营业费用", "totalOperatingExpenses", "总营业费用"],
    ["营业费用", "totalOperatingExpenses", "营业费用"],
    ["经营费用", "totalOperatingExpenses", "经营费用"],
    ["Total operating expenses", "totalOperatingExpenses", "Total operating expenses"],
    ["营业利润", "operatingIncome", "营业利润"],
    ["经营利润", "operatingIncome", "经营利润"],
    ["Operating income", "operatingIncome", "Operating income"],
    ["Loss from operations", "operatingIncome", "Loss from operations"],
    ["Operating loss", "operatingIncome", "Operating loss"],
    ["Income (loss) from operations", "operatingIncome", "Income (loss) from operations"],
    ["净利润", "netIncome", "净利润"],
    ["净亏损", "netIncome", "净亏损"],
    ["归属于母公司股东的净利润", "netIncomeAttributable", "归属于母公司股东的净利润"],
    ["Net income", "netIncome", "Net income"],
    ["Net income (loss)", "netIncome", "Net income (loss)"],
    ["Net loss", "netIncome", "Net loss"],
    [
      "Net loss attributable to ordinary shareholders",
      "netIncomeAttributable",
      "Net loss attributable to",
    ],
    ["所得税费用", "incomeTaxExpense", "所得税费用"],
    ["Provision for income taxes", "incomeTaxExpense", "Provision for income taxes"],
    ["Loss before income taxes", "profitBeforeTax", "Loss before income taxes"],
    ["利润总额", "profitBeforeTax", "利润总额"],
    ["其他收益", "otherIncome", "其他收益"],
    ["其他收入", "otherIncome", "其他收入"],
    ["Other income (expense), net", "otherIncome", "Other income (expense), net"],
    ["Non-operating income", "otherIncome", "Non-operating income"],
  ])("%s is %s (matched %s)", (label, meaning, matched) => {
    expect(matchLineItem(label)).toEqual({ meaning, matched });
  });

  test.each([
    ["  营业收入  ", "revenue"],
    ["营业收入注1", "revenue"],
    ["营业收入（注1）", "revenue"],
    ["Revenues (1)", "revenue"],
    ["Revenues*", "revenue"],
    ["一、营业总收入", "revenue"],
    ["1. Revenue", "revenue"],
    ["(1) 营业收入", "revenue"],
    ["其中：营业成本", "costOfRevenue"],
    ["减：所得税费用", "incomeTaxExpense"],
    ["加：营业外收入", "otherIncome"],
    ["Less: Cost of revenues", "costOfRevenue"],
    ["研发费用：", "rdExpense"],
    ["研 发 费 用", "rdExpense"],
    ["营业收入 Total revenues", "revenue"],
    ["Research and development 研发费用", "rdExpense"],
  ])("%p is read as %s despite spaces, numbering and footnote markers", (label, meaning) => {
    expect(matchLineItem(label).meaning).toBe(meaning);
  });

  test.each([
    ["毛利率", "a ratio"],
    ["Gross margin", "a margin"],
    ["Net loss per share, basic and diluted", "a per-share figure"],
    ["每股收益", "a per-share figure"],
    ["营业收入同比增长", "a growth rate"],
    ["Net loss attributable to non-controlling interests", "a minority share"],
    ["Selling, general and administrative", "a combined expense FIN has no meaning for"],
    ["Stock-based compensation", "a line outside the dictionary"],
    ["", "an empty label"],
  ])("%p (%s) stays unclassified", (label) => {
    expect(matchLineItem(label)).toEqual({ meaning: null, matched: null });
  });

  test("the longest synonym wins: 营业总成本 over 总成本, Cost of revenues over revenues", () => {
    expect(matchLineItem("营业总成本").matched).toBe("营业总成本");
    expect(matchLineItem("Total cost of revenues").matched).toBe("Cost of revenues");
    expect(matchLineItem("Other operating income").meaning).toBe("otherIncome");
  });
});

describe("labelSaysLoss", () => {
  test.each([
    ["净亏损", true],
    ["经营亏损", true],
    ["Net loss", true],
    ["Loss from operations", true],
    ["Loss before income taxes", true],
    ["Net loss attributable to ordinary shareholders", true],
    ["净利润", false],
    ["净利润（亏损）", false],
    ["Net income (loss)", false],
    ["Income (loss) from operations", false],
    ["Revenue", false],
  ])("%p → %p", (label, loss) => {
    expect(labelSaysLoss(label)).toBe(loss);
  });
});

describe("the dictionary is data the task pane can show", () => {
  test("every meaning has English and Chinese names and synonyms in both languages", () => {
    expect(Object.keys(lineItemDictionary).sort()).toEqual([...allMeanings].sort());
    expect(allMeanings).toEqual(expect.arrayContaining([...meanings]));
    for (const meaning of allMeanings) {
      const { en, zh, synonyms } = lineItemDictionary[meaning];
      expect(en).toMatch(/^[A-Z]/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(synonyms.some((s) => /[\u4e00-\u9fff]/.test(s)) || meaning === "revenueSegment").toBe(
        true
      );
      expect(synonyms.some((s) => /[a-z]/i.test(s))).toBe(true);
    }
  });

  test("every synonym matches its own meaning", () => {
    for (const meaning of allMeanings) {
      for (const synonym of lineItemDictionary[meaning].synonyms) {
        expect([synonym, matchLineItem(synonym).meaning]).toEqual([synonym, meaning]);
      }
    }
  });

  test("normaliseLabel lowercases and strips numbering, footnotes and the trailing colon", () => {
    expect(normaliseLabel("  一、营业总收入（注1）：")).toBe("营业总收入");
    expect(normaliseLabel("Operating expenses:")).toBe("operating expenses");
  });
});
