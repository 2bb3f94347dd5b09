/**
 * Office display languages shown in Simplified Chinese: the pane, the functions' descriptions and
 * their messages (manifest.xml overrides the metadata for exactly these; a test holds the two
 * together). Every other language, Traditional Chinese (zh-TW, zh-HK) included, gets English.
 * Pure, so the task pane (through src/excel) and the functions read one rule.
 */
export const SIMPLIFIED_CHINESE_LOCALES: readonly string[] = ["zh-CN", "zh-SG"];

/** "zh" for a display language FIN shows in Simplified Chinese, else "en" (also when unknown). */
export function languageOf(displayLanguage: unknown): "zh" | "en" {
  if (typeof displayLanguage !== "string") return "en";
  const lang = displayLanguage.toLowerCase();
  return SIMPLIFIED_CHINESE_LOCALES.some((l) => l.toLowerCase() === lang) ? "zh" : "en";
}
