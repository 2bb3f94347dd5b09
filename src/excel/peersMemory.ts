/*
 * What each peer sheet was built from, kept in the workbook's settings (ExcelApi 1.4, as "Write
 * as" is): worksheet custom properties would need ExcelApi 1.12. One setting holds every peer sheet.
 */
import { succeeded, type Outcome } from "../failure";
import type { RememberedPeerSheet } from "../peers";
import { runExcel } from "./run";

const SETTING = "FIN.peerSheets";

export type PeerSheetMemory = Excel.Setting;

/** Queues reading the setting (read `.value` after the sync). */
export function readMemory(context: Excel.RequestContext): PeerSheetMemory {
  return context.workbook.settings.getItemOrNullObject(SETTING).load("value");
}

function entriesOf(memory: PeerSheetMemory): RememberedPeerSheet[] {
  if (memory.isNullObject) return [];
  const value: unknown = memory.value;
  return Array.isArray(value) ? (value as RememberedPeerSheet[]) : [];
}

export function memoryOf(
  memory: PeerSheetMemory,
  sheet: string | null
): RememberedPeerSheet | null {
  if (sheet === null) return null;
  const wanted = sheet.toLocaleUpperCase();
  return entriesOf(memory).find((e) => e.sheet.toLocaleUpperCase() === wanted) ?? null;
}

/** Queues saving the entry in place of the one for its sheet (no round trip of its own). */
export function saveMemory(
  context: Excel.RequestContext,
  memory: PeerSheetMemory,
  entry: RememberedPeerSheet
): void {
  const wanted = entry.sheet.toLocaleUpperCase();
  const others = entriesOf(memory).filter((e) => e.sheet.toLocaleUpperCase() !== wanted);
  context.workbook.settings.add(SETTING, [...others, entry]);
}

export interface PeerContext {
  /** The peer sheets FIN built that still exist. */
  sheets: RememberedPeerSheet[];
  /** The active sheet's name: its company is the default subject. */
  activeSheet: string;
}

/** The peer sheets FIN built and the active sheet: 1 round trip. */
export async function readPeerContext(): Promise<Outcome<PeerContext>> {
  return runExcel(async (context) => {
    const memory = readMemory(context);
    const sheets = context.workbook.worksheets.load("items/name");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name.toLocaleUpperCase()));
    return succeeded({
      sheets: entriesOf(memory).filter((e) => names.has(e.sheet.toLocaleUpperCase())),
      activeSheet: active.name,
    });
  });
}

export async function readPeerSheets(): Promise<Outcome<RememberedPeerSheet[]>> {
  const read = await readPeerContext();
  return read.ok ? succeeded(read.value.sheets) : read;
}
