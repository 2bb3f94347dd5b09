import { en, type Strings } from "./en";
import { zhCN } from "./zh-CN";

export type { Strings };

export function stringsFor(language: "zh" | "en"): Strings {
  return language === "zh" ? zhCN : en;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) =>
    k in values ? String(values[k]) : `{${k}}`
  );
}
