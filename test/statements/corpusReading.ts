/**
 * A statement's reading in the compact form the corpus's expected files are written in, by hand:
 *   periods       "quarter 2022-03-31 CNY 1000"  (kind, end, currency or -, scale or -)
 *   translations  "USD of 2"                      (currency, position of the period it repeats)
 *   lines         "营业收入 | revenue | ^营业总收入 | amount | CNY 1"  (label, meaning or -, parent label,
 *                 kind, the label's own unit; trailing parts left out when plain)
 *   questions     "revenue: 营业总收入, 营业收入 → 营业总收入 (reason)"  (→ ? when the analyst must choose)
 *   checks        "Total revenues @ 2022-12-31: 115 ≠ 116"
 */
import type { Statement } from "../../src/statements";

export interface CompactReading {
  periods: string[];
  translations?: string[];
  lines: string[];
  questions?: string[];
  checks?: string[];
}

const show = (x: number | string | null) => (x === null ? "-" : String(x));

export function compactReading(statement: Statement): CompactReading {
  const { periods, lines } = statement;
  return {
    periods: periods.map((p) => `${p.kind} ${show(p.end)} ${show(p.currency)} ${show(p.scale)}`),
    translations: statement.translations.map((t) => `${show(t.currency)} of ${t.of}`),
    lines: lines.map((line) => {
      const unit = line.scale !== null || line.currency !== null;
      const parts = [line.label, line.meaning ?? "-"];
      if (line.parent !== null || line.kind !== "amount" || unit)
        parts.push(line.parent === null ? "" : `^${lines[line.parent].label}`);
      if (line.kind !== "amount" || unit) parts.push(line.kind);
      if (unit) parts.push(`${show(line.currency)} ${show(line.scale)}`);
      return parts.join(" | ");
    }),
    questions: statement.questions.map(
      (q) =>
        `${q.meaning}: ${q.candidates.map((i) => lines[i].label).join(", ")} → ${
          q.chosen === null ? "?" : lines[q.chosen].label
        } (${q.reason})`
    ),
    checks: statement.checks.map(
      (c) => `${lines[c.total].label} @ ${periods[c.period].end}: ${c.reported} ≠ ${c.computed}`
    ),
  };
}
