/**
 * What FIN wrote: a fingerprint of every cell it wrote (kept in the workbook's settings by
 * src/excel), and the merge that rewrites FIN's own cells while keeping the analyst's. A cell whose
 * content no longer matches its fingerprint was typed over by the analyst: it is kept, and listed.
 * Used by the peer sheets and by the Analyze blocks.
 */
import { formatCellAddress, parseAddress } from "../references";

/**
 * A cell's content as Office.js reads it back, reduced so that Excel's re-spelling does not count
 * as an edit. A number is kept as a number (`#0.804094324955`; a hash is base 36, never `#`):
 * Excel keeps 15 significant digits (the workbench's engine fewer), so it is compared within a
 * tolerance, not hashed.
 */
export function fingerprint(content: unknown): string {
  if (content === null || content === undefined) return "";
  if (typeof content === "number") return `#${Number(content.toPrecision(12))}`;
  let text = String(content);
  if (text.startsWith("'")) text = text.slice(1);
  if (text.startsWith("=")) text = text.replace(/\s+/g, "").toUpperCase();
  return hashed(text);
}

/** FNV-1a, 32 bits, base 36: a few characters per cell. */
function hashed(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return text === "" ? "" : h.toString(36);
}

/** Whether a cell still holds what FIN wrote there. */
export function matchesFingerprint(content: unknown, print: string): boolean {
  if (typeof content === "number") {
    // Saved before numbers were kept as numbers: the number's text, hashed.
    if (!print.startsWith("#")) return hashed(String(content)) === print;
    const was = Number(print.slice(1));
    return Math.abs(content - was) <= 1e-9 * Math.max(1, Math.abs(was));
  }
  return fingerprint(content) === print;
}

export function fingerprintsOf(cells: readonly (readonly unknown[])[]): string[] {
  return cells.map((row) => row.map(fingerprint).join(","));
}

export interface MergedWrite {
  /** The box written from the area's top-left: new content, or null to leave a cell as the analyst left it. */
  cells: (string | number | null)[][];
  formats: (string | null)[][];
  /** Addresses (on the sheet) of cells the analyst typed into inside FIN's area, kept as they are. */
  kept: string[];
}

/** What FIN wrote last time, in the coordinates of the box (its top-left is A1). */
export interface WrittenBefore {
  /** The written area, e.g. "A1:D20". */
  area: string;
  fingerprints: readonly string[];
  /** Input cells that are the analyst's by design (a peer sheet's rates): never listed as typed. */
  rateCells?: readonly { address: string }[];
}

/**
 * The write that turns the cells as they are into the new plan without touching the analyst's
 * cells. `current` holds the formulas from the box's top-left (any size); a planned null writes
 * nothing. `origin` is where the box starts on the sheet (A1 for a peer sheet), for naming kept cells.
 */
export function mergeWrite(
  plan: {
    cells: readonly (readonly (string | number | null)[])[];
    numberFormats: readonly (readonly (string | null)[])[];
  },
  current: readonly (readonly unknown[])[],
  remembered: WrittenBefore,
  origin: { row: number; col: number } = { row: 0, col: 0 }
): MergedWrite {
  const old = parseAddress(remembered.area);
  const oldRows = old ? old.row + old.rowCount : 0;
  const oldCols = old ? old.col + old.colCount : 0;
  const rows = Math.max(plan.cells.length, oldRows);
  const cols = Math.max(plan.cells[0]?.length ?? 0, oldCols);
  const prints = remembered.fingerprints.map((r) => r.split(","));
  const inputs = new Set((remembered.rateCells ?? []).map((r) => r.address));
  const cells: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  const kept: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number | null)[] = [];
    const frow: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const now = current[r]?.[c] ?? "";
      const planned = plan.cells[r]?.[c];
      const wasFin = r < oldRows && c < oldCols;
      const typed = wasFin
        ? !inputs.has(formatCellAddress(r, c)) && !matchesFingerprint(now, prints[r]?.[c] ?? "")
        : fingerprint(now) !== "";
      if (typed && (planned !== undefined || wasFin)) {
        kept.push(formatCellAddress(origin.row + r, origin.col + c));
        row.push(null);
        frow.push(null);
        continue;
      }
      row.push(planned ?? (wasFin ? "" : null));
      frow.push(plan.numberFormats[r]?.[c] ?? null);
    }
    cells.push(row);
    formats.push(frow);
  }
  return { cells, formats, kept };
}
