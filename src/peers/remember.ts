/**
 * What a peer sheet remembers (kept in the workbook's settings by src/excel): what it was built
 * from, and a fingerprint of every cell FIN wrote, so that a rebuild or a Refresh rewrites only
 * FIN's own cells. A cell whose content no longer matches its fingerprint was typed over by the
 * analyst: it is kept, and listed.
 */
import { parseAddress } from "../references";
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
