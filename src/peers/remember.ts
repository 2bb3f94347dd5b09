/**
 * What a peer sheet remembers (kept in the workbook's settings by src/excel): what it was built
 * from, and a fingerprint of every cell FIN wrote, so that a rebuild or a Refresh rewrites only
 * FIN's own cells. A cell whose content no longer matches its fingerprint was typed over by the
 * analyst: it is kept, and listed.
 */
import { formatCellAddress, parseAddress } from "../references";
import type { WriteMode } from "../catalogue";
import type { MetricId } from "./metrics";
import type { PeriodBasis } from "./periodWindow";
import type { RateCell } from "./plan";
import type { SizeUnit } from "./sizes";

/** A company of the comparison, as the listing finds it again. */
export interface RememberedCompany {
  sheet: string;
  table: string | null;
  /** The listed statement's id when built (`range:Agora!A1:C5`): its top-left corner finds it again. */
  id: string;
  name: string;
}

export interface RememberedPeerSheet {
  /**
   * The workbook name FIN gave the sheet's area (`FIN_peers_1`): the entry's key, which finds the
   * sheet however it is renamed or moved. Absent in entries written before FIN named peer sheets.
   */
  name?: string;
  /** The sheet's name when built; the pane shows the sheet's current name, read through `name`. */
  sheet: string;
  companies: RememberedCompany[];
  /** Position in `companies`, or null. */
  subject: number | null;
  metrics: MetricId[];
  basis: PeriodBasis;
  transpose: boolean;
  chartMetric: MetricId | null;
  sizeUnit: SizeUnit | null;
  mode: WriteMode;
  /** Everything FIN wrote, from A1, and each cell's fingerprint row by row. */
  area: string;
  fingerprints: string[];
  rateCells: RateCell[];
  /** The chart FIN added, by name. */
  chart: string | null;
  colorScales: string[];
}

/** A cell's content as Office.js reads it back, reduced so that Excel's re-spelling does not count as an edit. */
export function fingerprint(content: unknown): string {
  if (content === null || content === undefined) return "";
  let text = typeof content === "number" ? String(content) : String(content);
  if (text.startsWith("'")) text = text.slice(1);
  if (text.startsWith("=")) text = text.replace(/\s+/g, "").toUpperCase();
  // FNV-1a, 32 bits, base 36: a few characters per cell.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return text === "" ? "" : h.toString(36);
}

export function fingerprintsOf(cells: readonly (readonly unknown[])[]): string[] {
  return cells.map((row) => row.map(fingerprint).join(","));
}

export interface MergedWrite {
  /** The box written from A1: new content, or null to leave a cell as the analyst left it. */
  cells: (string | number | null)[][];
  formats: (string | null)[][];
  /** Addresses of cells the analyst typed into inside FIN's area, kept as they are. */
  kept: string[];
}

/**
 * The write that turns the sheet as it is into the new plan without touching the analyst's cells.
 * `current` holds the sheet's formulas from A1 (any size); rate inputs are the analyst's by design.
 */
export function mergeWrite(
  plan: { cells: (string | number)[][]; numberFormats: (string | null)[][] },
  current: readonly (readonly unknown[])[],
  remembered: Pick<RememberedPeerSheet, "area" | "fingerprints" | "rateCells">
): MergedWrite {
  const old = parseAddress(remembered.area);
  const oldRows = old ? old.row + old.rowCount : 0;
  const oldCols = old ? old.col + old.colCount : 0;
  const rows = Math.max(plan.cells.length, oldRows);
  const cols = Math.max(plan.cells[0]?.length ?? 0, oldCols);
  const prints = remembered.fingerprints.map((r) => r.split(","));
  const inputs = new Set(remembered.rateCells.map((r) => r.address));
  const cells: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  const kept: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number | null)[] = [];
    const frow: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const now = current[r]?.[c] ?? "";
      const planned = plan.cells[r]?.[c];
      const address = formatCellAddress(r, c);
      const wasFin = r < oldRows && c < oldCols;
      const typed = wasFin
        ? !inputs.has(address) && fingerprint(now) !== (prints[r]?.[c] ?? "")
        : fingerprint(now) !== "";
      if (typed && (planned !== undefined || wasFin)) {
        kept.push(address);
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

/** The rates typed on the sheet, by key, read back from its rate cells. */
export function ratesOn(
  current: readonly (readonly unknown[])[],
  rateCells: readonly RateCell[]
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { key, address } of rateCells) {
    const at = parseAddress(address);
    const v = at ? current[at.row]?.[at.col] : null;
    out[key] =
      typeof v === "number"
        ? v
        : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
          ? Number(v)
          : null;
  }
  return out;
}
