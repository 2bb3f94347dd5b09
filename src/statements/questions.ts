/** Never guess: a single-valued meaning held by two lines is a question for the analyst, with a proposed default. */
import { multiLineMeanings, type Meaning } from "./lineItems";

/** Why the reader asks (a key of the pane's `questions` strings). */
export type QuestionReason =
  "totalOrOperatingRevenue" | "totalOfParts" | "sameFigures" | "twoLines";

export interface Question {
  meaning: Meaning;
  /** Positions in `statement.lines`. */
  candidates: number[];
  /** The reader's proposed default, or null: the analyst must choose. */
  chosen: number | null;
  reason: QuestionReason;
}

export interface QuestionInput {
  label: string;
  meaning: Meaning | null;
  kind: string;
  parent: number | null;
  values: readonly (number | null)[];
}

const TOTAL_LABEL = /总|總|\btotal\b/i;

export function findQuestions(lines: readonly QuestionInput[]): Question[] {
  const held = new Map<Meaning, number[]>();
  lines.forEach((line, i) => {
    if (line.meaning === null || line.kind !== "amount" || multiLineMeanings.has(line.meaning))
      return;
    held.set(line.meaning, [...(held.get(line.meaning) ?? []), i]);
  });
  const questions: Question[] = [];
  for (const [meaning, candidates] of held) {
    if (candidates.length < 2) continue;
    questions.push({ meaning, candidates, ...proposal(meaning, candidates, lines) });
  }
  return questions;
}

function proposal(
  meaning: Meaning,
  candidates: number[],
  lines: readonly QuestionInput[]
): { chosen: number | null; reason: QuestionReason } {
  // 营业总收入 over its 其中：营业收入: the total is the default base, and the analyst may pick the other.
  if (meaning === "revenue") {
    const totals = candidates.filter(
      (i) => TOTAL_LABEL.test(lines[i].label) && candidates.some((j) => lines[j].parent === i)
    );
    if (totals.length === 1) return { chosen: totals[0], reason: "totalOrOperatingRevenue" };
  }
  // Cost of product revenue, Cost of service revenue, Total cost of revenues: the one total is the default.
  const labelledTotal = candidates.filter((i) => TOTAL_LABEL.test(lines[i].label));
  if (labelledTotal.length === 1 && labelledTotal[0] === candidates[candidates.length - 1])
    return { chosen: labelledTotal[0], reason: "totalOfParts" };
  // A reconciliation repeats the GAAP line with the same figures: either is the same reading.
  const first = lines[candidates[0]].values;
  const same = candidates.every((i) => lines[i].values.every((v, p) => v === first[p]));
  if (same && first.some((v) => v !== null))
    return { chosen: candidates[0], reason: "sameFigures" };
  return { chosen: null, reason: "twoLines" };
}
