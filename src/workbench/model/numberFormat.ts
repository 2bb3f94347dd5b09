/*
 * Displays a value with an Excel number format, as Office.js `range.text` shows it (en-US).
 * Supports General, digit placeholders 0 and #, thousands separators, decimals, %, quoted and
 * backslash-escaped literals, @ for text, and up to four sections (positive;negative;zero;text).
 * Dates and scientific formats are not interpreted; such numbers show as General.
 */
import type { CellValue } from "./types";

export const GENERAL = "General";

/** The text Excel shows for a cell holding `value` with `format`. */
export function formatValue(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return formatText(value, format);
  return formatNumber(value, format);
}

export function formatNumber(value: number, format: string): string {
  if (!Number.isFinite(value)) return "#NUM!";
  const sections = splitSections(format);
  if (sections.length === 0 || isGeneral(sections[0])) return generalNumber(value);
  let section = sections[0];
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    sign = ""; // an explicit negative section shows its own sign, if any
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (isGeneral(section)) return sign + generalNumber(Math.abs(value));
  return sign + renderSection(Math.abs(value), section);
}

function formatText(text: string, format: string): string {
  const sections = splitSections(format);
  const section = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
  if (!section) return text;
  return literalParts(section)
    .map((p) =>
      p.kind === "literal" ? p.text : p.text.replace(/[0#?.,%]/g, "").replace(/@/g, text)
    )
    .join("");
}

/** Excel's General: up to 11 characters, then fewer decimals, then scientific. */
export function generalNumber(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e11 || abs < 1e-9) return sign + scientific(abs);
  for (let digits = 10; digits >= 1; digits--) {
    const text = trimZeros(abs.toFixed(Math.max(0, digits - Math.floor(Math.log10(abs)) - 1)));
    if (text.length <= 11) return sign + text;
  }
  return sign + scientific(abs);
}

function scientific(abs: number): string {
  const [mantissa, exponent] = abs.toExponential(5).split("e");
  const exp = Number(exponent);
  return `${trimZeros(mantissa)}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

function isGeneral(section: string): boolean {
  return section.trim().toLowerCase() === "general";
}

/** Splits on ; outside quotes and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

type Part = { kind: "literal" | "code"; text: string };

/** Separates quoted strings, escaped characters, and colour/condition brackets from format codes. */
function literalParts(section: string): Part[] {
  const parts: Part[] = [];
  const push = (kind: Part["kind"], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      push("literal", section[++i]);
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end; // [Red], [>100]: colours and conditions are not shown
    } else if (ch === "_" && i + 1 < section.length) {
      push("literal", " ");
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++; // fill character: nothing to fill in text
    } else if ("0#?.,%@".includes(ch)) {
      push("code", ch);
    } else {
      push("literal", ch);
    }
  }
  return parts;
}

/** Renders a non-negative number with one section. */
function renderSection(abs: number, section: string): string {
  const parts = literalParts(section);
  const codes = parts
    .filter((p) => p.kind === "code")
    .map((p) => p.text)
    .join("");
  if (!/[0#?]/.test(codes)) {
    // A section of literals only (`"–"` for zero) shows just them.
    return parts.map((p) => (p.kind === "literal" ? p.text : p.text.replace(/[^%]/g, ""))).join("");
  }
  const percents = (codes.match(/%/g) ?? []).length;
  const point = codes.indexOf(".");
  const intCodes = (point < 0 ? codes : codes.slice(0, point)).replace(/%/g, "");
  const decCodes = point < 0 ? "" : codes.slice(point + 1).replace(/[%,]/g, "");
  // Commas after the last digit placeholder divide by 1,000 each; between placeholders they group.
  const trailingCommas = /,+$/.exec(intCodes.replace(/[^0#?,]/g, ""))?.[0].length ?? 0;
  const grouping = /[0#?],+[0#?]/.test(intCodes);
  const scaled = (abs * 100 ** percents) / 1000 ** (point < 0 ? trailingCommas : 0);
  const decimals = decCodes.length;
  const fixed = roundHalfAway(scaled, decimals);
  let [intDigits, decDigits = ""] = fixed.split(".");
  const minInt = (intCodes.match(/0/g) ?? []).length;
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const minDec = (decCodes.match(/0/g) ?? []).length;
  while (decDigits.length > minDec && decDigits.endsWith("0")) decDigits = decDigits.slice(0, -1);
  const number = point < 0 ? intDigits : `${intDigits}.${decDigits}`;

  // Put the number where the first placeholder stands and drop the other codes; keep literals and %.
  let placed = false;
  return parts
    .map((p) => {
      if (p.kind === "literal") return p.text;
      let out = "";
      for (const ch of p.text) {
        if (ch === "%") out += "%";
        else if (!placed && /[0#?.]/.test(ch)) {
          out += number;
          placed = true;
        }
      }
      return out;
    })
    .join("");
}

/** toFixed that rounds halves away from zero, as Excel does (1.005 → 1.01 where toFixed gives 1.00). */
function roundHalfAway(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor + Number.EPSILON * value * factor) / factor;
  return rounded.toFixed(decimals);
}
