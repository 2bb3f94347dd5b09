/**
 * Reads text the way Excel reads a number typed into a cell (en-US):
 * `1,234.5`, `(26.94)` → −26.94, `12.3%` → 0.123, `-5`, `+5`, `1e3`, surrounding spaces.
 * Anything else is not a number and gives `null`.
 */
const TYPED_NUMBER =
  /^([+-])?(\()?\s*([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%)?\s*(\))?$/;

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
