/**
 * The statement's own arithmetic: where a total disagrees with its parts beyond the statement's rounding
 * (segments vs total revenue, expense lines vs total operating expenses, revenue − cost vs gross profit,
 * gross profit − operating expenses vs operating income, 营业总成本 and 期间费用 vs their 其中 lines).
 */
import type { Meaning } from "./lineItems";

export interface ArithmeticCheck {
  /** Position in `statement.lines` of the total. */
  total: number;
  parts: number[];
  /** Position in `statement.periods`. */
  period: number;
  reported: number;
  computed: number;
  /** reported − computed. */
  difference: number;
}

export interface CheckInput {
  meaning: Meaning | null;
  kind: string;
  parent: number | null;
  /** Grid row, to see whether a caption separates two lines. */
  index: number;
  values: readonly (number | null)[];
  reportedAsLoss: boolean;
  /** Most decimals printed in the line's figures: the statement's rounding. */
  decimals: number;
}

const OPERATING_EXPENSE = new Set<Meaning | null>([
  "sellingExpense",
  "adminExpense",
  "rdExpense",
  "financeCost",
  "otherOperating",
  null,
]);

/** `holder(meaning)`: the one line that holds a meaning (the chosen one when the reader asked), else null. */
export function findChecks(
  lines: readonly CheckInput[],
  captions: readonly number[],
  holder: (meaning: Meaning) => number | null
): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  const adjacent = (a: number, b: number) =>
    !captions.some((c) => c > lines[a].index && c < lines[b].index);
  const runBefore = (total: number, member: (line: CheckInput) => boolean): number[] => {
    const parts: number[] = [];
    for (let j = total - 1; j >= 0; j--) {
      const line = lines[j];
      if (!member(line) || line.kind !== "amount" || line.parent !== null) break;
      if (!adjacent(j, parts.length === 0 ? total : parts[0])) break;
      parts.unshift(j);
    }
    return parts;
  };
  const compare = (
    total: number,
    parts: number[],
    compute: (p: number) => number | null,
    signed: boolean
  ) => {
    const decimals = Math.max(...[total, ...parts].map((i) => lines[i].decimals));
    const tolerance = 0.5 * 10 ** -decimals * (parts.length + 1) + 1e-9;
    lines[total].values.forEach((_, p) => {
      const reported = value(lines[total], p);
      const computed = compute(p);
      if (reported === null || computed === null) return;
      // Expense totals may be printed positive over negative parts, or the reverse: compare sizes.
      const off = signed
        ? Math.abs(reported - computed)
        : Math.min(
            Math.abs(reported - computed),
            Math.abs(Math.abs(reported) - Math.abs(computed))
          );
      if (off > tolerance)
        checks.push({
          total,
          parts,
          period: p,
          reported,
          computed: round(computed, decimals),
          difference: round(reported - computed, decimals),
        });
    });
  };
  const sum = (parts: number[]) => (p: number) => {
    const figures = parts.map((i) => value(lines[i], p));
    return figures.some((v) => v === null)
      ? null
      : (figures as number[]).reduce((a, b) => a + b, 0);
  };

  const revenue = holder("revenue");
  if (revenue !== null) {
    const segments = runBefore(revenue, (line) => line.meaning === "revenueSegment");
    if (segments.length >= 2) compare(revenue, segments, sum(segments), true);
  }
  lines.forEach((line, t) => {
    if (line.kind !== "amount") return;
    if (line.meaning === "totalOperatingExpenses") {
      const parts = runBefore(t, (l) => OPERATING_EXPENSE.has(l.meaning));
      if (parts.length >= 2) compare(t, parts, sum(parts), false);
    }
    if (line.meaning === "totalCosts" || line.meaning === "periodExpenses") {
      const children = lines.map((l, i) => (l.parent === t ? i : -1)).filter((i) => i >= 0);
      if (children.length >= 2) compare(t, children, sum(children), false);
    }
  });
  const [cost, gross] = [holder("costOfRevenue"), holder("grossProfit")];
  if (revenue !== null && cost !== null && gross !== null && revenue < cost && cost < gross) {
    compare(gross, [revenue, cost], difference(lines[revenue], lines[cost]), true);
  }
  const [opex, operating] = [holder("totalOperatingExpenses"), holder("operatingIncome")];
  if (gross !== null && opex !== null && operating === opex + 1 && gross < opex) {
    compare(operating, [gross, opex], difference(lines[gross], lines[opex]), true);
  }
  return checks;
}

/** A line's figure with a loss printed positive under "Net loss" turned negative. */
function value(line: CheckInput, p: number): number | null {
  const v = line.values[p];
  return v === null ? null : line.reportedAsLoss ? -v : v;
}

/** What remains after a cost, whichever sign the cost is printed with. */
function difference(from: CheckInput, cost: CheckInput): (p: number) => number | null {
  return (p) => {
    const [a, b] = [value(from, p), value(cost, p)];
    return a === null || b === null ? null : a - Math.abs(b);
  };
}

function round(x: number, decimals: number): number {
  const f = 10 ** Math.min(decimals + 2, 10);
  return Math.round(x * f) / f;
}
