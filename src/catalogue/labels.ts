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
  grossMargin: string;
  operatingMargin: string;
  operatingLossRate: string;
  share(line: string): string;
  ppChange(ratio: string): string;
  cumulativeLoss(unit: string | null): string;
  cagr(line: string, from: string, to: string): string;
  unnamedLine(position: number): string;
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
  grossMargin: "Gross margin",
  operatingMargin: "Operating margin",
  operatingLossRate: "Operating loss rate",
  share: (line) => `${line} share of revenue`,
  ppChange: (ratio) => `${ratio} change (pp)`,
  cumulativeLoss: (unit) => (unit ? `Cumulative net loss (${unit})` : "Cumulative net loss"),
  cagr: (line, from, to) => `${line} CAGR ${from}–${to}`,
  unnamedLine: (n) => `Line ${n}`,
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
  grossMargin: "毛利率",
  operatingMargin: "营业利润率",
  operatingLossRate: "营业亏损率",
  share: (line) => `${line} 占比`,
  ppChange: (ratio) => `${ratio} 变动（百分点）`,
  cumulativeLoss: (unit) => (unit ? `累计净亏损（${unit}）` : "累计净亏损"),
  cagr: (line, from, to) => `${line} 复合增长率（${from}–${to}）`,
  unnamedLine: (n) => `第 ${n} 行`,
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
