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
  | "netIncome"
  | "totalCosts"
  | "taxesAndSurcharges"
  | "interestExpense"
  | "interestIncome"
  | "periodExpenses"
  | "adjustedNetIncome"
  | "adjustedEbitda"
  | "netIncomeAttributable"
  | "revenueShareCost"
  | "otherOperating";

export interface MeaningEntry {
  en: string;
  zh: string;
  synonyms: readonly string[];
}

/**
 * The meanings the task pane's list names today (its strings catalogue has these); `allMeanings` adds the
 * ones issue 10 introduced, for the pane to list once its catalogue names them.
 */
export const meanings = [
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
] as const satisfies readonly Meaning[];

/** Every meaning, in statement order: the pane's named ones, then those issue 10 introduced. */
export const allMeanings: readonly Meaning[] = [
  ...meanings,
  "totalCosts",
  "taxesAndSurcharges",
  "interestExpense",
  "interestIncome",
  "periodExpenses",
  "adjustedNetIncome",
  "adjustedEbitda",
  "netIncomeAttributable",
  "revenueShareCost",
  "otherOperating",
];

/** Meanings several lines may hold at once (segments, other income items); every other meaning is one line. */
export const multiLineMeanings: ReadonlySet<Meaning> = new Set<Meaning>([
  "revenueSegment",
  "otherIncome",
  "otherOperating",
]);

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
      "净收入",
      "收益",
      "营业额",
      "營業額",
      "總收入",
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
      "收入成本",
      "销售成本",
      "銷售成本",
      "收入成本",
      "營業成本",
      "Cost of revenue",
      "Cost of revenues",
      "Costs of revenue",
      "Costs of revenues",
      "Cost of sales",
      "Cost of goods sold",
      "Cost of services",
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
      "销售及分销开支",
      "銷售及分銷開支",
      "銷售及分銷費用",
      "分銷成本",
      "分销成本",
      "銷售費用",
      "Sales and marketing",
      "Selling expenses",
      "Selling and marketing",
      "Selling and marketing expenses",
      "Marketing expenses",
      "Selling and distribution expenses",
      "Selling and distribution costs",
      "Distribution costs",
      "Distribution and selling expenses",
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
      "行政開支",
      "行政費用",
      "管理費用",
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
      "研發開支",
      "研發費用",
      "研究及開發開支",
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
      "財務費用",
      "財務成本",
      "财务成本",
      "融资成本",
      "融資成本",
      "Finance costs",
      "Finance cost",
      "Financial expenses",
      "Finance expenses",
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
      "經營溢利",
      "經營虧損",
      "经营亏损",
      "營業利潤",
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
      "Interest and other income",
      "Interest income and other, net",
      "Interest and other income (expense), net",
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
      "除稅前溢利",
      "除稅前虧損",
      "除税前溢利",
      "除税前亏损",
      "除所得稅前溢利",
      "Income before income taxes",
      "Loss before income taxes",
      "before income taxes",
      "before income tax",
      "before provision for income taxes",
      "Profit before tax",
      "Loss before tax",
      "Profit before income tax",
      "Loss before income tax",
      "(Loss)/profit before tax",
      "before tax",
      "before taxation",
    ],
  },
  incomeTaxExpense: {
    en: "Income tax expense",
    zh: "所得税费用",
    synonyms: [
      "所得税费用",
      "所得税",
      "所得税开支",
      "所得稅開支",
      "所得稅",
      "所得稅抵免",
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
      "年度亏损",
      "年内亏损",
      "年内溢利",
      "年內溢利",
      "年內虧損",
      "本年度溢利",
      "本年度虧損",
      "期內溢利",
      "期內虧損",
      "Net income",
      "Net income (loss)",
      "Net (loss) income",
      "Net loss",
      "Net profit",
      "Net earnings",
      "Profit for the year",
      "Loss for the year",
      "Profit for the period",
      "Loss for the period",
      "Profit/(loss) for the year",
      "(Loss)/profit for the year",
      "Profit/(loss) for the period",
      "(Loss)/profit for the period",
    ],
  },
  totalCosts: {
    en: "Total costs",
    zh: "营业总成本",
    synonyms: [
      "营业总成本",
      "營業總成本",
      "Total costs",
      "Total operating costs",
      "Total costs and expenses",
    ],
  },
  taxesAndSurcharges: {
    en: "Taxes and surcharges",
    zh: "税金及附加",
    synonyms: ["税金及附加", "營業稅金及附加", "营业税金及附加", "Taxes and surcharges"],
  },
  interestExpense: {
    en: "Interest expense",
    zh: "利息费用",
    synonyms: ["利息费用", "利息支出", "利息開支", "Interest expense", "Interest expenses"],
  },
  interestIncome: {
    en: "Interest income",
    zh: "利息收入",
    synonyms: ["利息收入", "Interest income"],
  },
  periodExpenses: {
    en: "Period expenses",
    zh: "期间费用",
    synonyms: ["期间费用", "期间费用合计", "期間費用", "Period expenses"],
  },
  adjustedNetIncome: {
    en: "Adjusted net income (non-GAAP)",
    zh: "经调整净利润",
    // Any net income or loss named adjusted, non-GAAP or 扣非: see matchLineItem.
    synonyms: [
      "扣除非经常性损益后的净利润",
      "扣非净利润",
      "经调整净亏损",
      "经调整净利润",
      "Adjusted net loss",
      "Adjusted net income",
      "Non-GAAP net loss",
      "Non-GAAP net income",
    ],
  },
  adjustedEbitda: {
    en: "Adjusted EBITDA",
    zh: "经调整EBITDA",
    synonyms: ["Adjusted EBITDA", "经调整EBITDA", "經調整EBITDA", "Non-GAAP EBITDA"],
  },
  netIncomeAttributable: {
    en: "Net income attributable to the company",
    zh: "归属于母公司所有者的净利润",
    synonyms: [
      "归属于母公司股东的净利润",
      "归属于母公司所有者的净利润",
      "归属于上市公司股东的净利润",
      "归母净利润",
      "本公司擁有人",
      "本公司拥有人",
      "Net loss attributable to",
      "Net income attributable to",
      "Net (loss) income attributable to",
      "Net income (loss) attributable to",
      "Owners of the Company",
      "Owners of the parent",
      "Equity holders of the Company",
      "Shareholders of the Company",
    ],
  },
  revenueShareCost: {
    en: "Revenue-sharing costs",
    zh: "收入分成",
    synonyms: [
      "收入分成",
      "收入分成费用",
      "收入共享费",
      "收入共享费用",
      "Revenue sharing fees",
      "Revenue-sharing fees",
      "Revenue sharing costs",
      "Revenue-sharing costs",
      "Revenue share",
    ],
  },
  otherOperating: {
    en: "Other operating expenses",
    zh: "其他经营费用",
    synonyms: [
      "其他经营费用",
      "其他经营开支",
      "其他經營開支",
      "其他营业费用",
      "其他開支",
      "Other operating expenses",
      "Other operating expense",
      "Other expenses",
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
  /率|%|每股|占比|同比|环比|复合增长|少数股东|非控股|\bper (?:share|ads)\b|\bmargins?\b|\bgrowth\b|\bcagr\b|\byoy\b|\bqoq\b|\bratios?\b|non-?controlling|minority interests?|selling, general/;
// Adjusted (non-GAAP, 经调整, 扣非) figures are meanings of their own, never the GAAP line they adjust.
const ADJUSTED = /non-?gaap|\badjusted\b|经调整|經調整|调整后|調整後|扣除非经常性损益|扣非/;
const NET_RESULT =
  /net (?:\(?loss\)?|\(?income\)?|profit|earnings)|净利润|净亏损|淨利潤|淨虧損|净利|\bprofit for\b|\bloss for\b/;
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

const SYNONYMS = allMeanings
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
  if (!parts || ADJUSTED.test(normaliseLabel(label))) return matchOne(label);
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
  const adjusted = ADJUSTED.exec(text);
  if (adjusted) {
    if (/ebitda/.test(text)) return { meaning: "adjustedEbitda", matched: adjusted[0] };
    if (NET_RESULT.test(text)) return { meaning: "adjustedNetIncome", matched: adjusted[0] };
    return { meaning: null, matched: null };
  }
  const total = REVENUE_KEYS.get(text) ?? REVENUE_KEYS.get(text.replace(TOTAL_SUFFIX, ""));
  if (total) return { meaning: "revenue", matched: total };
  let best: (typeof SYNONYMS)[number] | undefined;
  for (const synonym of SYNONYMS) {
    if (synonym.key.length > (best?.key.length ?? 0) && contains(text, synonym.key)) best = synonym;
  }
  if (best) return { meaning: best.meaning, matched: best.written };
  // "Cost of product revenue", "Costs of services": a cost of revenue, never a revenue segment.
  if (/^(?:total )?costs? of\b/.test(text)) return { meaning: "costOfRevenue", matched: "Cost of" };
  const revenueWord = REVENUE_WORD.exec(text);
  if (revenueWord) return { meaning: "revenueSegment", matched: revenueWord[0] };
  return { meaning: null, matched: null };
}

// Income (利润, income, profit) beside loss marks a signed line such as "Net income (loss)", not a loss.
const LOSS = /亏损|虧損|\bloss(?:es)?\b/;
const INCOME = /利润|收益|盈利|溢利|\bincome\b|\bprofit\b|\bearnings\b/;

/** Whether the label reports a loss (净亏损, Net loss): positive figures then stand for losses. */
export function labelSaysLoss(label: string): boolean {
  const text = normaliseLabel(label).replace(/\bincome tax(?:es)?\b/g, "");
  return LOSS.test(text) && !INCOME.test(text);
}
