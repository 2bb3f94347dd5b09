/*
 * The words FIN writes into a sheet for each metric, in English and Chinese: an Analyze block in
 * the statement's language (营业收入 增长率 beside a Chinese statement), a peer sheet in the pane's.
 */
export type SheetLanguage = "zh" | "en";

export interface MetricLabels {
  corner: string;
  growthYoY(line: string, annual: boolean): string;
  growthQoQ(line: string): string;
  /** Growth of a loss, read the same whichever sign the statement uses: + is a wider loss. */
  lossGrowthYoY(loss: string, annual: boolean): string;
  lossGrowthQoQ(loss: string): string;
  expenseRatio(line: string): string;
  periodExpenseRatio(includesRd: boolean): string;
  netLossRate: string;
  netMargin: string;
  adjustedNetLossRate(line: string): string;
  adjustedNetMargin(line: string): string;
  grossMargin: string;
  operatingMargin: string;
  operatingLossRate: string;
  share(line: string): string;
  ppChange(ratio: string): string;
  cumulativeLoss(unit: string | null): string;
  cagr(line: string, from: string, to: string): string;
  unnamedLine(position: number): string;
  check(line: string): string;
  /** Which line a metric came from, under the block: "Revenue base: 营业总收入 (row 5)". */
  source: {
    where(across: boolean, at: string): string;
    revenue: string;
    netIncome: string;
    netIncomeAttributable: string;
    adjustedNetIncome: string;
    periodExpenses: string;
    part: string;
    grossProfit: string;
    operatingIncome: string;
    refused: string;
  };
  /** What a loss on a result line is called: Net loss, 净亏损. */
  lossNames: {
    grossProfit: string;
    operatingIncome: string;
    profitBeforeTax: string;
    netIncome: string;
  };
  /** The note under a block on how it was written. */
  writtenAs: { fin: string; excel: string; values: string };
}

const en: MetricLabels = {
  corner: "FIN analysis",
  growthYoY: (line) => `${line} growth (YoY)`,
  growthQoQ: (line) => `${line} growth (QoQ)`,
  lossGrowthYoY: (loss) => `${loss} growth (YoY, + = wider)`,
  lossGrowthQoQ: (loss) => `${loss} growth (QoQ, + = wider)`,
  expenseRatio: (line) => `${line} % of revenue`,
  periodExpenseRatio: (rd) => (rd ? "Period expense ratio (incl. R&D)" : "Period expense ratio"),
  netLossRate: "Net loss rate",
  netMargin: "Net margin",
  adjustedNetLossRate: (line) => `Adjusted net loss rate (${line})`,
  adjustedNetMargin: (line) => `Adjusted net margin (${line})`,
  grossMargin: "Gross margin",
  operatingMargin: "Operating margin",
  operatingLossRate: "Operating loss rate",
  share: (line) => `${line} share of revenue`,
  ppChange: (ratio) => `${ratio} change (pp)`,
  cumulativeLoss: (unit) => (unit ? `Cumulative net loss (${unit})` : "Cumulative net loss"),
  cagr: (line, from, to) => `${line} CAGR ${from}–${to}`,
  unnamedLine: (n) => `Line ${n}`,
  check: (line) => `Check: ${line} (reported − computed)`,
  source: {
    where: (across, at) => (across ? `row ${at}` : `column ${at}`),
    revenue: "Revenue base: {line} ({where})",
    netIncome: "Net income: {line} ({where})",
    netIncomeAttributable: "Net income: {line} ({where}), the amount attributable to the company",
    adjustedNetIncome: "Adjusted net income: {line} ({where}), not GAAP",
    periodExpenses: "Period expenses: {line}",
    part: "{line} ({where})",
    grossProfit: "Gross profit: {line} ({where})",
    operatingIncome: "Operating income: {line} ({where})",
    refused: "Not written: {line} is in {currency}, revenue ({revenue}) in {revenueCurrency}",
  },
  lossNames: {
    grossProfit: "Gross loss",
    operatingIncome: "Operating loss",
    profitBeforeTax: "Loss before tax",
    netIncome: "Net loss",
  },
  writtenAs: {
    fin: "Written as FIN formulas: live; they need the FIN add-in to calculate.",
    excel:
      "Written as Excel formulas: live, in Excel's own functions, so they calculate in any Excel, add-in or not.",
    values: "Written as values: a snapshot of {source} taken {time}; it does not update.",
  },
};

const zh: MetricLabels = {
  corner: "FIN 分析",
  growthYoY: (line, annual) => `${line} ${annual ? "增长率" : "同比增长率"}`,
  growthQoQ: (line) => `${line} 环比增长率`,
  lossGrowthYoY: (loss, annual) => `${loss} ${annual ? "增幅" : "同比增幅"}（正=扩大）`,
  lossGrowthQoQ: (loss) => `${loss} 环比增幅（正=扩大）`,
  expenseRatio: (line) => `${line} 占收入比`,
  periodExpenseRatio: (rd) => (rd ? "期间费用率（含研发）" : "期间费用率"),
  netLossRate: "净亏损率",
  netMargin: "净利率",
  adjustedNetLossRate: (line) => `经调整净亏损率（${line}）`,
  adjustedNetMargin: (line) => `经调整净利率（${line}）`,
  grossMargin: "毛利率",
  operatingMargin: "营业利润率",
  operatingLossRate: "营业亏损率",
  share: (line) => `${line} 占比`,
  ppChange: (ratio) => `${ratio} 变动（百分点）`,
  cumulativeLoss: (unit) => (unit ? `累计净亏损（${unit}）` : "累计净亏损"),
  cagr: (line, from, to) => `${line} 复合增长率（${from}–${to}）`,
  unnamedLine: (n) => `第 ${n} 行`,
  check: (line) => `核对：${line}（报告数 − 计算数）`,
  source: {
    where: (across, at) => (across ? `第 ${at} 行` : `${at} 列`),
    revenue: "收入基数：{line}（{where}）",
    netIncome: "净利润：{line}（{where}）",
    netIncomeAttributable: "净利润：{line}（{where}），归属于母公司的金额",
    adjustedNetIncome: "经调整净利润：{line}（{where}），非公认会计准则",
    periodExpenses: "期间费用：{line}",
    part: "{line}（{where}）",
    grossProfit: "毛利：{line}（{where}）",
    operatingIncome: "营业利润：{line}（{where}）",
    refused: "未写入：{line} 以 {currency} 列示，收入（{revenue}）以 {revenueCurrency} 列示",
  },
  lossNames: {
    grossProfit: "毛亏损",
    operatingIncome: "营业亏损",
    profitBeforeTax: "税前亏损",
    netIncome: "净亏损",
  },
  writtenAs: {
    fin: "以 FIN 公式写入（实时更新，需要 FIN 加载项）。",
    excel: "以 Excel 公式写入（实时更新，无需 FIN 即可在任何 Excel 中打开）。",
    values: "以数值写入：{source} 于 {time} 的快照，不会更新。",
  },
};

export function metricLabels(language: SheetLanguage): MetricLabels {
  return language === "zh" ? zh : en;
}

/** The name of the sheet FIN adds when the analyst asks for a new sheet. */
export function newSheetBaseName(language: SheetLanguage): string {
  return language === "zh" ? "FIN 分析" : "FIN analysis";
}

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) =>
    k in values ? String(values[k]) : whole
  );
}
