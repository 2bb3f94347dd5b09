/** The unit a statement is written in: 单位：亿元, 人民币千元, RMB'000, USD in millions, (in thousands)… */
import { halfWidth } from "./text";

export type Currency = "CNY" | "USD" | "HKD";

export interface Unit {
  /** The unit as written, without 单位： or the surrounding title. */
  label: string;
  /** null when the unit names no currency, or one FIN does not know (€, ¥ of Japan). */
  currency: Currency | null;
  /** What one written unit is worth: 1e8 for 亿元, 1e3 for RMB'000. */
  scale: number;
}

const CHINESE_SCALES: Record<string, number> = {
  亿: 1e8,
  億: 1e8,
  萬: 1e4,
  千萬: 1e7,
  百萬: 1e6,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
  百: 1e2,
};
// A Chinese unit always ends in 元 (or names the money), which keeps 千 in a company name from reading as thousands.
const CHINESE_UNIT =
  /(人民币|人民幣|美元|港币|港幣|港元)?\s*(亿|億|千万|千萬|百万|百萬|十万|万|萬|千|百)?\s*(美元|港元|港币|港幣|元|人民币|人民幣)(人民币|人民幣)?/;

const ENGLISH_SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bbillions?\b|\bbn\b|(?:\$|\busd|\brmb|\bcny)\s?b\b/i, 1e9],
  [/\bmillions?\b|\bmn\b|\bmm\b|\bmln\b|(?:\$|\busd|\brmb|\bcny)\s?m\b/i, 1e6],
  [/\bthousands?\b|'000\b|\b000s\b|(?:\$|\busd|\brmb|\bcny)\s?k\b/i, 1e3],
];
const OTHER_MONEY = /\beur\b|€|\bjpy\b|日元|£|\bgbp\b/i;
const HKD = /hk\$|\bhkd\b|港币|港幣|港元/i;
const CNY = /\brmb\b|\bcny\b|人民币|人民幣|renminbi|元/i;
const USD = /\busd\b|us\$|u\.s\. ?dollars?|\$|美元|\bdollars?\b/i;

/** Reads a title or header cell; null when it names no unit. */
export function parseUnit(text: string): Unit | null {
  const written = halfWidth(text).replace(/\s+/g, " ").trim();
  if (written === "") return null;
  const label = unitLabel(written);
  const chinese = CHINESE_UNIT.exec(label);
  // A Chinese unit needs 单位 beside it or the cell to itself: a title may mention 亿元 in passing.
  if (chinese && (/单位/.test(written) || chinese[0] === stripParens(label))) {
    return {
      label,
      currency: currencyOf(chinese[0]),
      scale: CHINESE_SCALES[chinese[2] ?? ""] ?? 1,
    };
  }
  const scale = ENGLISH_SCALES.find(([pattern]) => pattern.test(label))?.[1];
  if (scale !== undefined) return { label, currency: currencyOf(label), scale };
  // A lone currency (RMB, in USD) is a unit of one.
  if (LONE_CURRENCY.test(stripParens(label)))
    return { label, currency: currencyOf(label), scale: 1 };
  return null;
}

const LONE_CURRENCY =
  /^(?:in )?(?:rmb|cny|usd|us\$|\$|hk\$|hkd|人民币|人民幣|美元|港元|港币|港幣)$/i;

/** A unit's parts, with `scale` null when the text names only a currency (RMB, US$): the table's scale then holds. */
export function unitParts(
  text: string
): { currency: Currency | null; scale: number | null } | null {
  const unit = parseUnit(text);
  if (!unit) return null;
  return {
    currency: unit.currency,
    scale: LONE_CURRENCY.test(stripParens(unit.label)) ? null : unit.scale,
  };
}

function currencyOf(text: string): Currency | null {
  if (OTHER_MONEY.test(text)) return null;
  if (HKD.test(text)) return "HKD";
  if (USD.test(text)) return "USD";
  if (CNY.test(text)) return "CNY";
  return null;
}

/** 单位：亿元 → 亿元; "Statements of operations (in thousands of RMB)" → "in thousands of RMB". */
function unitLabel(text: string): string {
  const afterMarker = /单位\s*[:：]?\s*([^()（）]*)/.exec(text);
  if (afterMarker && afterMarker[1].trim() !== "") return afterMarker[1].trim();
  const groups = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim());
  const withUnit = groups.find(
    (g) => CHINESE_UNIT.test(g) || ENGLISH_SCALES.some(([pattern]) => pattern.test(g))
  );
  return withUnit ?? text;
}

function stripParens(text: string): string {
  return text.replace(/^\((.*)\)$/, "$1").trim();
}
