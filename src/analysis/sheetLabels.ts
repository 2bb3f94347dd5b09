/*
 * The labels FIN writes into the sheet, in the statement's language (not the task pane's): an
 * analysis block beside a Chinese statement reads 营业收入 增长率, beside an English one
 * "Revenue growth (YoY)".
 */
export type SheetLanguage = "zh" | "en";

export interface SheetLabels {
  corner: string;
  growthYoY(line: string, annual: boolean): string;
  growthQoQ(line: string): string;
  expenseRatio(line: string): string;
  periodExpenseRatio(includesRd: boolean): string;
  lossRate: string;
  netMargin: string;
  share(line: string): string;
  ppChange(ratio: string): string;
  cumulativeLoss(unit: string | null): string;
  cagr(line: string, from: string, to: string): string;
  unnamedLine(position: number): string;
}

const en: SheetLabels = {
  corner: "FIN analysis",
  growthYoY: (line) => `${line} growth (YoY)`,
  growthQoQ: (line) => `${line} growth (QoQ)`,
  expenseRatio: (line) => `${line} % of revenue`,
  periodExpenseRatio: (rd) => (rd ? "Period expense ratio (incl. R&D)" : "Period expense ratio"),
  lossRate: "Net loss rate",
  netMargin: "Net margin",
  share: (line) => `${line} share of revenue`,
  ppChange: (ratio) => `${ratio} change (pp)`,
  cumulativeLoss: (unit) => (unit ? `Cumulative net loss (${unit})` : "Cumulative net loss"),
  cagr: (line, from, to) => `${line} CAGR ${from}–${to}`,
  unnamedLine: (n) => `Line ${n}`,
};

const zh: SheetLabels = {
  corner: "FIN 分析",
  growthYoY: (line, annual) => `${line} ${annual ? "增长率" : "同比增长率"}`,
  growthQoQ: (line) => `${line} 环比增长率`,
  expenseRatio: (line) => `${line} 占收入比`,
  periodExpenseRatio: (rd) => (rd ? "期间费用率（含研发）" : "期间费用率"),
  lossRate: "净亏损率",
  netMargin: "净利率",
  share: (line) => `${line} 占比`,
  ppChange: (ratio) => `${ratio} 变动（百分点）`,
  cumulativeLoss: (unit) => (unit ? `累计净亏损（${unit}）` : "累计净亏损"),
  cagr: (line, from, to) => `${line} 复合增长率（${from}–${to}）`,
  unnamedLine: (n) => `第 ${n} 行`,
};

export function sheetLabels(language: SheetLanguage): SheetLabels {
  return language === "zh" ? zh : en;
}

/** The name of the sheet FIN adds when the analyst asks for a new sheet. */
export function newSheetBaseName(language: SheetLanguage): string {
  return language === "zh" ? "FIN 分析" : "FIN analysis";
}
