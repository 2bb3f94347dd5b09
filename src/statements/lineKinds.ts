/** What a line's figures are: amounts, per-share figures, share counts or percentages (only amounts get ratios). */
import { normaliseLabel } from "./lineItems";

export type LineKind = "amount" | "perShare" | "shares" | "percent";

const SHARES =
  /weighted[- ]average (?:number of )?(?:ordinary |common |class [ab] )?(?:shares|ads)|number of (?:ordinary |common )?shares|shares (?:used|outstanding)|加权平均(?:普通)?股|股份數目|股數|股数/;
const PER_SHARE =
  /每股|每股盈利|每股虧損|\bper (?:basic |diluted )?(?:ordinary |common )?(?:share|ads)\b|\beps\b|元\/股|earnings per|loss per|income per/;
const PERCENT =
  /%|率|占比|比例|同比|环比|百分点|\bmargins?\b|\bratios?\b|\bgrowth\b|\bcagr\b|\byoy\b|\bqoq\b|\bpp\b|\bbps\b/;
const BASIC_OR_DILUTED =
  /^(?:basic|diluted|basic and diluted|基本|稀释|稀釋|基本及摊薄|基本及攤薄|摊薄|攤薄)$/;

/** The kind of a line from its label and, for a bare "Basic" / "Diluted", from the caption above it. */
export function lineKind(label: string, caption: string | null): LineKind {
  const text = normaliseLabel(label);
  if (SHARES.test(text)) return "shares";
  if (PER_SHARE.test(text)) return "perShare";
  if (PERCENT.test(text)) return "percent";
  if (BASIC_OR_DILUTED.test(text.replace(/[()]/g, "").trim()) && caption !== null) {
    const above = normaliseLabel(caption);
    if (SHARES.test(above) || /\bshares\b/.test(above)) return "shares";
    if (PER_SHARE.test(above)) return "perShare";
  }
  return "amount";
}

// What FIN itself writes beside a statement (src/analysis/sheetLabels.ts): never a line of the statement.
const FIN_OWN_EN =
  /^fin analysis$|\bgrowth \((?:yoy|qoq)\)$|\bcagr \d{4}|\bcagr [a-z0-9]+ ?\d{2,4}[–-]|% of revenue$|\bshare of revenue$|\bchange \(pp\)$|^cumulative net loss\b|^net loss rate$|^period expense ratio\b/i;
const FIN_OWN_ZH =
  /^FIN 分析$| (?:同比|环比)?增长率$| 占收入比$| 占比$| 变动（百分点）$|^累计净亏损|复合增长率（|^期间费用率（含研发）$/;

/** Whether a row's label is one FIN writes in its analysis or peer blocks ("Revenue CAGR 2018–2020"). */
export function isFinOwnLabel(label: string): boolean {
  const text = label.trim();
  return FIN_OWN_EN.test(text) || FIN_OWN_ZH.test(text);
}
