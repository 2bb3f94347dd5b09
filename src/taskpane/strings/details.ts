/* The strings of "What FIN found" in the pane's language: imported only by the analysis details chunk. */
import { detailsEn, type DetailStrings } from "./details-en";
import { detailsZhCN } from "./details-zh-CN";

export type { DetailStrings };
export { detailsEn, detailsZhCN };

export function detailStringsFor(language: "en" | "zh"): DetailStrings {
  return language === "zh" ? detailsZhCN : detailsEn;
}
