/*
 * Refresh a peer sheet: list the workbook's statements again (3 round trips, the first also reading
 * FIN's memory and names, the second the peer sheet as it is now), find each company the sheet was
 * built from, and rebuild the sheet in place on each company's latest period from the cells the
 * listing read (1 round trip writes), leaving every cell the analyst typed into as it is: 4 in all.
 */
import {
  commonPeriods,
  type FoundStatement,
  type PeerSheetText,
  type RememberedCompany,
  type RememberedPeerSheet,
} from "../peers";
import { failed } from "../failure";
import { parseAddress } from "../references";
import { queueTargetRead, writeBuild, type BuildReads, type PeerBuildResult } from "./peers";
import { findPeerSheet } from "./peersMemory";
import { listStatements } from "./peersList";
import { runExcel } from "./run";

type TargetRead = () => Pick<BuildReads, "current" | "charts">;

export type RefreshResult = PeerBuildResult;

/** The listed statement a remembered company is now: same sheet (and table), covering its old corner. */
export function findAgain(
  company: RememberedCompany,
  listed: readonly FoundStatement[]
): FoundStatement | null {
  const same = listed.filter(
    (f) =>
      f.sheet.toLocaleUpperCase() === company.sheet.toLocaleUpperCase() && f.table === company.table
  );
  if (company.table !== null) return same[0] ?? null;
  const corner = parseAddress(company.id.replace(/^range:/, ""));
  const covering = same.find((f) => {
    const at = parseAddress(f.address);
    return (
      at &&
      corner &&
      corner.row >= at.row &&
      corner.row < at.row + at.rowCount &&
      corner.col >= at.col &&
      corner.col < at.col + at.colCount
    );
  });
  return covering ?? same[0] ?? null;
}

/**
 * Refreshes the peer sheet remembered under `key`: its workbook name (FIN_peers_<n>), or the
 * sheet's name (for a sheet built before FIN named peer sheets, or its current name). 4 round trips.
 */
export async function refreshPeerSheet(
  key: string,
  text: PeerSheetText,
  language: "en" | "zh",
  builtAt?: string
): Promise<RefreshResult> {
  return runExcel(async (context) => {
    // Known once listing's first round trip is back; the peer sheet comes back with its second.
    const picked: { entry?: RememberedPeerSheet; sheet?: Excel.Worksheet; read?: TargetRead } = {};
    const listing = await listStatements(context, (start) => {
      const entry = findPeerSheet(start.peers.sheets, key);
      if (!entry) return;
      const sheet = context.workbook.worksheets.getItem(entry.sheet);
      Object.assign(picked, { entry, sheet, read: queueTargetRead(sheet) });
    });
    const { entry, sheet, read } = picked;
    if (!entry || !sheet || !read) return failed("notRemembered");
    const found: FoundStatement[] = [];
    for (const company of entry.companies) {
      const again = findAgain(company, listing.statements);
      if (!again) return failed("companyGone", { name: company.name });
      found.push(again);
    }
    // Rolled forward: each company's latest; a common period becomes the newest one they share.
    const basis =
      entry.basis.kind === "latest"
        ? entry.basis
        : (() => {
            const newest = commonPeriods(found.map((f) => f.statement))[0];
            return newest ? { ...entry.basis, period: newest } : entry.basis;
          })();
    const subject = entry.subject === null ? null : found[entry.subject].id;
    return writeBuild(
      context,
      {
        companies: found.map((f, j) => ({
          id: f.id,
          sheet: f.sheet,
          table: f.table,
          name: entry.companies[j].name,
        })),
        metrics: entry.metrics,
        basis,
        transpose: entry.transpose,
        chartMetric: entry.chartMetric,
        text,
        language,
        builtAt,
        mode: entry.mode,
        subject,
        sizeUnit: entry.sizeUnit,
        into: entry.sheet,
      },
      {
        // The cells the listing just read: the build reads nothing again.
        grids: found.map((f) => listing.grids.get(f.id) ?? null),
        sheets: listing.start.sheets,
        names: listing.start.names,
        memory: listing.start.memory,
        target: { sheet, name: entry.sheet, remembered: entry },
        ...read(),
      }
    );
  });
}
