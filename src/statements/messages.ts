/** Every message the statement reader gives, in one catalogue (English; the task pane localises by reason). */
export type FailureReason = "empty" | "singleCell" | "noNumbers" | "noPeriods" | "noLabels";

export const failureMessages: Readonly<Record<FailureReason, string>> = {
  empty: "The selection is empty.",
  singleCell:
    "Only one cell is selected: select the whole statement, with its periods and line labels.",
  noNumbers: "The selection holds no figures.",
  noPeriods:
    "No row or column of periods was found (such as 2020, FY2021, Q1 2022 or 2021年一季度).",
  noLabels: "No column of line labels was found beside the periods.",
};

/** Why the reader asks which line holds a meaning (Statement.questions[].reason). */
export type QuestionReason =
  "totalOrOperatingRevenue" | "totalOfParts" | "sameFigures" | "twoLines";

export const questionMessages: Readonly<Record<QuestionReason, string>> = {
  totalOrOperatingRevenue:
    "Two revenue lines: total operating revenue (营业总收入) and operating revenue (营业收入). Ratios use the total unless you pick the other.",
  totalOfParts:
    "Several lines hold this meaning: its parts and their total. Ratios use the total unless you pick another.",
  sameFigures:
    "Two lines with the same figures hold this meaning (a reconciliation repeats it). The first is used.",
  twoLines: "Two lines could hold this meaning. Choose the one FIN should use.",
};
