/** The bilingual dictionary of income-statement lines, and the matching of a written label to a meaning. */
import { halfWidth } from "./text";

export type Meaning =
  | "revenue"
  | "revenueSegment"
  | "costOfRevenue"
  | "bandwidthCost"
  | "grossProfit"
  | "sellingExpense"
  | "adminExpense"
  | "rdExpense"
  | "financeCost"
  | "totalOperatingExpenses"
  | "operatingIncome"
  | "otherIncome"
  | "profitBeforeTax"
  | "incomeTaxExpense"
  | "netIncome";

export interface MeaningEntry {
  en: string;
  zh: string;
  synonyms: readonly string[];
}

/** Meanings in statement order, for the task pane's list. */
export const meanings: readonly Meaning[] = [
  "revenue",
  "revenueSegment",
  "costOfRevenue",
  "bandwidthCost",
  "grossProfit",
  "sellingExpense",
  "adminExpense",
  "rdExpense",
  "financeCost",
  "totalOperatingExpenses",
  "operatingIncome",
  "otherIncome",
  "profitBeforeTax",
  "incomeTaxExpense",
  "netIncome",
];

export const lineItemDictionary: Readonly<Record<Meaning, MeaningEntry>> = {
  revenue: {
    en: "Revenue",
    zh: "营业收入",
    synonyms: [
      "营业收入",
      "营收",
      "总营收",
      "营业总收入",
      "收入",
      "总收入",
      "Revenue",
      "Revenues",
      "Total revenue",
      "Total revenues",
      "Net revenue",
      "Net revenues",
      "Total net revenue",
      "Total net revenues",
      "Net sales",
      "Sales",
      "Turnover",
    ],
  },
  revenueSegment: {
    en: "Revenue by segment",
    zh: "分项收入",
    // Also any other label that names 收入 / revenue: see matchLineItem.
    synonyms: [
      "订阅收入",
      "会员收入",
      "广告收入",
      "直播收入",
      "在线直播收入",
      "教育服务收入",
      "Subscription revenue",
      "Subscription revenues",
      "Advertising revenue",
      "Advertising revenues",
      "Live streaming",
    ],
  },
  costOfRevenue: {
    en: "Cost of revenue",
    zh: "营业成本",
    synonyms: [
      "营业成本",
      "总成本",
      "营业总成本",
      "收入成本",
      "销售成本",
      "Cost of revenue",
      "Cost of revenues",
      "Costs of revenue",
      "Costs of revenues",
      "Cost of sales",
      "Cost of goods sold",
    ],
  },
  bandwidthCost: {
    en: "Bandwidth costs",
    zh: "带宽成本",
    synonyms: ["带宽成本", "带宽费用", "Bandwidth cost", "Bandwidth costs"],
  },
  grossProfit: {
    en: "Gross profit",
    zh: "毛利",
    synonyms: ["毛利", "毛利润", "毛利额", "毛亏损", "Gross profit", "Gross loss"],
  },
  sellingExpense: {
    en: "Selling and marketing expenses",
    zh: "销售费用",
    synonyms: [
      "销售费用",
      "销售及市场费用",
      "销售和市场费用",
      "销售及营销费用",
      "销售及市场推广费用",
      "营销费用",
      "Sales and marketing",
      "Selling expenses",
      "Selling and marketing",
      "Selling and marketing expenses",
      "Marketing expenses",
    ],
  },
  adminExpense: {
    en: "General and administrative expenses",
    zh: "管理费用",
    synonyms: [
      "管理费用",
      "一般及行政费用",
      "一般和行政费用",
      "行政费用",
      "行政开支",
      "General and administrative",
      "G&A",
      "Administrative expenses",
    ],
  },
  rdExpense: {
    en: "Research and development expenses",
    zh: "研发费用",
    synonyms: [
      "研发费用",
      "研发开支",
      "研究开发费用",
      "研究及开发费用",
      "Research and development",
      "R&D",
      "Product development",
    ],
  },
  financeCost: {
    en: "Finance costs",
    zh: "财务费用",
    synonyms: [
      "财务费用",
      "利息费用",
      "利息支出",
      "Finance costs",
      "Finance cost",
      "Financial expenses",
      "Interest expense",
    ],
  },
  totalOperatingExpenses: {
    en: "Total operating expenses",
    zh: "总营业费用",
    synonyms: [
      "总营业费用",
      "营业费用",
      "经营费用",
      "总经营费用",
      "营业费用合计",
      "经营开支",
      "Total operating expenses",
      "Operating expenses",
      "Total operating costs and expenses",
    ],
  },
  operatingIncome: {
    en: "Operating income",
    zh: "营业利润",
    synonyms: [
      "营业利润",
      "经营利润",
      "营业亏损",
      "经营亏损",
      "经营溢利",
      "Operating income",
      "Operating profit",
      "Operating loss",
      "Operating income (loss)",
      "Income from operations",
      "Loss from operations",
      "Income (loss) from operations",
      "(Loss) income from operations",
    ],
  },
  otherIncome: {
    en: "Other income",
    zh: "其他收益",
    synonyms: [
      "其他收益",
      "其他收入",
      "营业外收入",
      "投资收益",
      "其他收入净额",
      "Other income",
      "Other income, net",
      "Other income (expense), net",
      "Other operating income",
      "Non-operating income",
      "Investment income",
    ],
  },
  profitBeforeTax: {
    en: "Income before income taxes",
    zh: "利润总额",
    synonyms: [
      "利润总额",
      "税前利润",
      "除税前利润",
      "亏损总额",
      "税前亏损",
      "Income before income taxes",
      "Loss before income taxes",
      "before income taxes",
      "before income tax",
      "before provision for income taxes",
      "Profit before tax",
    ],
  },
  incomeTaxExpense: {
    en: "Income tax expense",
    zh: "所得税费用",
    synonyms: [
      "所得税费用",
      "所得税",
      "所得税开支",
      "Income tax expense",
      "Income taxes",
      "Income tax",
      "Provision for income taxes",
      "Income tax benefit",
      "Income tax (expense) benefit",
    ],
  },
  netIncome: {
    en: "Net income",
    zh: "净利润",
    synonyms: [
      "净利润",
      "净亏损",
      "归属于母公司股东的净利润",
      "归属于母公司所有者的净利润",
      "归母净利润",
      "年度亏损",
      "年内亏损",
      "Net income",
      "Net income (loss)",
      "Net (loss) income",
      "Net loss",
      "Net profit",
      "Net earnings",
      "Profit for the year",
      "Loss for the year",
      "Net loss attributable to",
      "Net income attributable to",
    ],
  },
};

export interface LineMatch {
  meaning: Meaning | null;
  /** The dictionary synonym (or revenue word) that decided the meaning, as the dictionary writes it. */
  matched: string | null;
}

// Ratios, per-share figures and minority shares name a meaning's words but are not that line.
const NOT_A_LINE =
  /率|%|每股|占比|同比|环比|少数股东|\bper (?:share|ads)\b|\bmargins?\b|\bgrowth\b|\byoy\b|\bqoq\b|\bratios?\b|non-?controlling|selling, general/;
const REVENUE_WORD = /收入|营收|\brevenues?\b/;
// What may follow a revenue synonym and leave it the total: 营业收入合计, Total revenues, net.
const TOTAL_SUFFIX = /\s*(?:合计|总计|总额|,? ?net|,? ?total)$/;

const FOOTNOTE_TAIL =
  /\s*(?:\(?注(?:释)?\s*\d+\)?|\(\d{1,2}\)|\[\d{1,2}\]|\*+|[†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\([a-z]\))$/;
const NUMBERING_HEAD =
  /^\s*(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\(\d{1,2}\)|\d{1,2}[.、)]|其中[:：]?|减[:：]|加[:：]|less:|add:|including:|[-•·*])\s*/;

/** The form labels are compared in: lower case, no numbering, footnote markers or trailing colon. */
export function normaliseLabel(label: string): string {
  let text = halfWidth(label).toLowerCase().replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(FOOTNOTE_TAIL, "").replace(NUMBERING_HEAD, "").replace(/\s*:$/, "").trim();
  }
  return text.replace(/ & /g, " and ").replace(/(?<=[\u3400-\u9fff]) | (?=[\u3400-\u9fff])/g, "");
}

const SYNONYMS = meanings
  .filter((meaning) => meaning !== "revenue")
  .flatMap((meaning) =>
    lineItemDictionary[meaning].synonyms.map((written) => ({
      meaning,
      written,
      key: normaliseLabel(written),
    }))
  );
const REVENUE_KEYS = new Map(
  lineItemDictionary.revenue.synonyms.map((written) => [normaliseLabel(written), written])
);

const WORD = /[a-z0-9]/;

/** Whether `key` occurs in `text` as whole words (Chinese has no word boundaries to check). */
function contains(text: string, key: string): boolean {
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const joinsBefore = WORD.test(key[0]) && WORD.test(text[at - 1] ?? " ");
    const joinsAfter = WORD.test(key[key.length - 1]) && WORD.test(text[at + key.length] ?? " ");
    if (!joinsBefore && !joinsAfter) return true;
  }
  return false;
}

/**
 * The meaning of a label. Total revenue must be named exactly (营业收入, Total revenues); every other meaning
 * is found inside the label, the longest synonym winning; any other label naming 收入/revenue is a segment.
 */
export function matchLineItem(label: string): LineMatch {
  // A bilingual label (营业收入 Total revenues) is matched one language at a time.
  const parts =
    /^(.*[\u3400-\u9fff][^a-z]*?)\s*([a-z][^\u3400-\u9fff]*)$|^([a-z][^\u3400-\u9fff]*?)\s*([\u3400-\u9fff].*)$/i.exec(
      halfWidth(label).trim()
    );
  if (!parts) return matchOne(label);
  const matches = parts.slice(1).filter(Boolean).map(matchOne);
  return (
    matches.find((m) => m.meaning !== null && m.meaning !== "revenueSegment") ??
    matches.find((m) => m.meaning !== null) ??
    matches[0]
  );
}

function matchOne(label: string): LineMatch {
  const text = normaliseLabel(label);
  if (text === "" || NOT_A_LINE.test(text)) return { meaning: null, matched: null };
  const total = REVENUE_KEYS.get(text) ?? REVENUE_KEYS.get(text.replace(TOTAL_SUFFIX, ""));
  if (total) return { meaning: "revenue", matched: total };
  let best: (typeof SYNONYMS)[number] | undefined;
  for (const synonym of SYNONYMS) {
    if (synonym.key.length > (best?.key.length ?? 0) && contains(text, synonym.key)) best = synonym;
  }
  if (best) return { meaning: best.meaning, matched: best.written };
  const revenueWord = REVENUE_WORD.exec(text);
  if (revenueWord) return { meaning: "revenueSegment", matched: revenueWord[0] };
  return { meaning: null, matched: null };
}

// Income (利润, income, profit) beside loss marks a signed line such as "Net income (loss)", not a loss.
const LOSS = /亏损|\bloss(?:es)?\b/;
const INCOME = /利润|收益|盈利|溢利|\bincome\b|\bprofit\b|\bearnings\b/;

/** Whether the label reports a loss (净亏损, Net loss): positive figures then stand for losses. */
export function labelSaysLoss(label: string): boolean {
  const text = normaliseLabel(label).replace(/\bincome tax(?:es)?\b/g, "");
  return LOSS.test(text) && !INCOME.test(text);
}
