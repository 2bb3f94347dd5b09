/*
 * How Excel (en-US) reads a number typed into a cell, and the format it gives a General cell for
 * the way it was typed: "1,234" (#,##0), "(26.94)" → −26.94, "12%" (0%), "$1,234" ($#,##0),
 * "($1,234.50)" → −1234.5 ($#,##0.00_);($#,##0.00)), "1e3". Anything else — "—", "RMB 1,500",
 * "12 %x" — is not a number. The workbench's own rules, not FIN's reader (which reads more).
 */
const NUMBER =
  /^(?<sign1>[+-])?(?<open>\()?(?<cur1>\$)?(?<sign2>[+-])?(?<cur2>\$)?\s*(?<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE](?<exp>[+-]?\d+))?\s*(?<pct>%)?\s*(?<close>\))?$/;

export interface TypedNumber {
  value: number;
  /** The format Excel gives a General cell for it, or null for General. */
  numberFormat: string | null;
}

export function readTypedExcelNumber(input: string): TypedNumber | null {
  const m = NUMBER.exec(input.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  const signs = [g.sign1, g.sign2].filter(Boolean);
  const currency = Boolean(g.cur1 || g.cur2);
  // Parentheses pair and carry the sign themselves; one sign at most; currency or percent, not both.
  if (Boolean(g.open) !== Boolean(g.close) || (g.open && signs.length > 0)) return null;
  if (signs.length > 1 || (g.cur1 && g.cur2) || (currency && (g.pct || g.exp))) return null;
  let value = Number(g.digits.replace(/,/g, "") + (g.exp !== undefined ? `e${g.exp}` : ""));
  if (!Number.isFinite(value)) return null;
  if (g.pct) value /= 100;
  if (g.open || signs[0] === "-") value = -value;
  return { value, numberFormat: impliedFormat(g, currency) };
}

function impliedFormat(g: Record<string, string | undefined>, currency: boolean): string | null {
  const decimals = /\.(\d+)/.exec(g.digits ?? "")?.[1].length ?? 0;
  if (g.pct) return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
  if (currency) {
    const body = decimals === 0 ? "$#,##0" : "$#,##0.00";
    return g.open ? `${body}_);(${body})` : body;
  }
  if (g.digits?.includes(",") && !g.exp && decimals === 0) return "#,##0";
  return null;
}
