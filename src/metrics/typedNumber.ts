/**
 * Two readings of text as a number. `parseTypedNumber` is Excel's (en-US) for a number typed into a
 * cell: `1,234.5`, `(26.94)` → −26.94, `12.3%` → 0.123, `-5`, `+5`, `1e3`, surrounding spaces.
 * `readTypedNumber` is FIN's, for figures pasted from filings, shared by the functions and the
 * statement reader: placeholders are blank, and currency signs, U+2212, full-width digits and
 * footnote markers are read around Excel's grammar.
 */
const TYPED_NUMBER =
  /^([+-])?(\()?\s*([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%)?\s*(\))?$/;

/** Excel's reading of a typed number; `null` when Excel would keep the text as text. */
export function parseTypedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const m = TYPED_NUMBER.exec(trimmed);
  if (!m) return null;
  const [, outerSign, open, innerSign, digits, exponent, percent, close] = m;
  // Parentheses must pair, and Excel does not accept a sign together with them.
  if (Boolean(open) !== Boolean(close)) return null;
  if (open && (outerSign || innerSign)) return null;
  if (outerSign && innerSign) return null;
  let value = Number(digits.replace(/,/g, "") + (exponent !== undefined ? `e${exponent}` : ""));
  if (!Number.isFinite(value)) return null;
  if (percent) value /= 100;
  const negative = Boolean(open) || outerSign === "-" || innerSign === "-";
  return negative ? -value : value;
}

/** A figure, blank (`null`: a placeholder for unknown, or empty), or text that is not a number. */
export type TypedNumber = number | null | "notANumber";

// Filings print these where a figure is unknown, nil or not meaningful.
const PLACEHOLDER = /^(?:[-—–‒―]+|n\/?a|n\.a\.|n\.?m\.?|\*+|不适用)$/i;
// A currency sign or code before the figure, possibly after its sign or opening parenthesis.
const CURRENCY = /^([+-]?\(?)\s*(?:US\$|HK\$|RMB|CNY|USD|HKD|EUR|GBP|[$¥￥€£])\s*/i;
// A footnote marker after the figure: 40.50*, 40.50(1), 40.50 [2], 40.50¹, 40.50 注1.
const FOOTNOTE = /\s*(?:\*+|[†‡]+|\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(?注释?\s*\d+\)?)$/;

/** Full-width forms and typographic minus signs as the ASCII an Excel number is written in. */
function plain(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2009\u202F]/g, " ")
    .trim();
}

/** FIN's reading of a figure written as text; see the table of cases in test/fixtures/typedNumbers.ts. */
export function readTypedNumber(text: string): TypedNumber {
  let t = plain(text);
  if (t === "" || PLACEHOLDER.test(t)) return null;
  t = t.replace(/[\u2212\u2012\u2013\uFE63]/g, "-").replace(CURRENCY, "$1");
  for (;;) {
    const n = parseTypedNumber(t);
    if (n !== null) return n;
    const stripped = t.replace(FOOTNOTE, "");
    if (stripped === t || stripped === "") return "notANumber";
    t = stripped;
  }
}
