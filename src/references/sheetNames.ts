/**
 * Names for the sheets FIN adds. Excel's rules: fewer than 32 characters, none of : \ / ? * [ ],
 * not starting or ending with an apostrophe, unique ignoring case. FIN never reuses a taken name:
 * it counts on, `Peer comparison (2)`, `Peer comparison (3)`, shortening the base to fit.
 */
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts: forbidden characters become spaces, edge apostrophes go, the length fits. */
export function cleanSheetName(name: string, fallback = "Sheet"): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = [...cleaned].slice(0, MAX_SHEET_NAME).join("").trim().replace(/'+$/, "");
  return cut === "" ? fallback : cut;
}

/** `base` if free, else `base (2)`, `base (3)` … with the base shortened so the whole stays ≤ 31. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleUpperCase()));
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLocaleUpperCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_SHEET_NAME - suffix.length;
    const stem = [...clean].slice(0, room).join("").trimEnd().replace(/'+$/, "");
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLocaleUpperCase())) return candidate;
  }
}

/** Text that stays text whatever it starts with (=, +, -, a number): Excel's leading apostrophe. */
export function asText(value: string): string {
  return value === "" ? "" : `'${value}`;
}
