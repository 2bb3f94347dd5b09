/*
 * The "Write as" choice's strings, in English and Chinese. They load with the panels that show the
 * choice (the analysis details and Compare peers), not with the pane's first view.
 */
export const writeAsEn = {
  heading: "Write as",
  fin: "FIN formulas (live; F2 shows FIN.*)",
  excel: "Excel formulas (live; open in any Excel without FIN)",
  values: "Values (a snapshot, noted with its source and time)",
};

export type WriteAsStrings = typeof writeAsEn;

export const writeAsZhCN: WriteAsStrings = {
  heading: "写入方式",
  fin: "FIN 公式（实时更新；按 F2 可见 FIN.*）",
  excel: "Excel 公式（实时更新；无需 FIN 即可在任何 Excel 中打开）",
  values: "数值（快照，注明来源和时间）",
};

export function writeAsStringsFor(language: "en" | "zh"): WriteAsStrings {
  return language === "zh" ? writeAsZhCN : writeAsEn;
}
