/**
 * "其中：" / "of which" sub-items and the line they belong to. A CAS 利润表 marks only the first sub-item
 * (其中：营业成本, then 税金及附加, 销售费用 … unmarked), so a run goes on while its lines can belong to it.
 */
import { halfWidth } from "./text";
import type { Meaning } from "./lineItems";

export interface ParentInput {
  label: string;
  /** Grid row of the line, to see whether a caption sits between two lines. */
  index: number;
  meaning: Meaning | null;
}

const SUB_ITEM = /^\s*(?:其中\s*[:：]?|of which\b\s*:?|including\b\s*:?|incl\.\s*)/i;
// A numbered section (二、, (一)), 加：/减：, Add:/Less: starts a new part of the statement.
const SECTION_HEAD =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（][一二三四五六七八九十]+[)）]|加\s*[:：]|减\s*[:：]|減\s*[:：]|add\s*:|less\s*:)/i;

const RUN_MEMBERS: Partial<Record<Meaning, ReadonlySet<Meaning | null>>> = {
  // 营业总收入: 营业收入, and a finance arm's 利息收入, 已赚保费, 手续费及佣金收入.
  revenue: new Set<Meaning | null>(["revenue", "revenueSegment", "interestIncome"]),
  // 营业总成本: 营业成本, 税金及附加 and the period expenses (CAS), plus unrecognised cost lines.
  totalCosts: new Set<Meaning | null>([
    "costOfRevenue",
    "taxesAndSurcharges",
    "sellingExpense",
    "adminExpense",
    "rdExpense",
    "financeCost",
    "bandwidthCost",
    "revenueShareCost",
    "otherOperating",
    null,
  ]),
  // 期间费用: 其中：销售费用, 管理费用, 研发费用, 财务费用.
  periodExpenses: new Set<Meaning | null>([
    "sellingExpense",
    "adminExpense",
    "rdExpense",
    "financeCost",
  ]),
  // 财务费用: 其中：利息费用, 利息收入.
  financeCost: new Set<Meaning | null>(["interestExpense", "interestIncome"]),
};

/** The position (in `lines`) of each line's parent, or null. */
export function lineParents(
  lines: readonly ParentInput[],
  captions: readonly number[]
): (number | null)[] {
  const parents: (number | null)[] = [];
  // Open runs, innermost last: the parent each continues under.
  let runs: number[] = [];
  lines.forEach((line, i) => {
    const text = halfWidth(line.label);
    const captionBetween = i > 0 && captions.some((c) => c > lines[i - 1].index && c < line.index);
    if (SECTION_HEAD.test(text) || captionBetween) runs = [];
    if (i > 0 && SUB_ITEM.test(text)) {
      const parent = i - 1;
      // A marked line under a line of an open run nests inside it; otherwise it starts afresh.
      runs =
        parents[parent] !== null && runs.includes(parents[parent]!)
          ? [...runs.slice(0, runs.indexOf(parents[parent]!) + 1), parent]
          : [parent];
      parents.push(parent);
      return;
    }
    while (runs.length > 0) {
      const parent = runs[runs.length - 1];
      const meaning = lines[parent].meaning;
      const members = meaning === null ? undefined : RUN_MEMBERS[meaning];
      if (members && members.has(line.meaning)) break;
      runs.pop();
    }
    parents.push(runs.length > 0 ? runs[runs.length - 1] : null);
  });
  return parents;
}
