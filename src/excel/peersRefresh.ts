/*
 * Refresh a peer sheet: list the workbook's statements again (3 round trips), find each company
 * the sheet was built from, and rebuild the sheet in place on each company's latest period
 * (2 round trips), leaving every cell the analyst typed into as it is.
 */
import {
  commonPeriods,
  type FoundStatement,
  type PeerSheetText,
  type RememberedCompany,
} from "../peers";
import { failed } from "../failure";
import { parseAddress } from "../references";
import { buildPeerSheet, type PeerBuildResult } from "./peers";
import { readPeerSheets } from "./peersMemory";
import { findPeerStatements } from "./peersList";

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

export async function refreshPeerSheet(
  sheet: string,
  text: PeerSheetText,
  language: "en" | "zh",
  builtAt?: string
): Promise<RefreshResult> {
  const memory = await readPeerSheets();
  if (!memory.ok) return memory;
  const remembered = memory.value.find(
    (e) => e.sheet.toLocaleUpperCase() === sheet.toLocaleUpperCase()
  );
  if (!remembered) return failed("notRemembered");
  const listed = await findPeerStatements();
  if (!listed.ok) return listed;
  const { statements } = listed.value;
  const found: FoundStatement[] = [];
  for (const company of remembered.companies) {
    const again = findAgain(company, statements);
    if (!again) return failed("companyGone", { name: company.name });
    found.push(again);
  }
  // Rolled forward: each company's latest; a common period becomes the newest one they share.
  const basis =
    remembered.basis.kind === "latest"
      ? remembered.basis
      : (() => {
          const newest = commonPeriods(found.map((f) => f.statement))[0];
          return newest ? { ...remembered.basis, period: newest } : remembered.basis;
        })();
  const subject = remembered.subject === null ? null : found[remembered.subject].id;
  return buildPeerSheet({
    companies: found.map((f, j) => ({
      id: f.id,
      sheet: f.sheet,
      table: f.table,
      name: remembered.companies[j].name,
    })),
    metrics: remembered.metrics,
    basis,
    transpose: remembered.transpose,
    chartMetric: remembered.chartMetric,
    text,
    language,
    builtAt,
    mode: remembered.mode,
    subject,
    sizeUnit: remembered.sizeUnit,
    into: remembered.sheet,
  });
}
