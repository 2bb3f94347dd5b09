/*
 * What each peer sheet was built from, kept in the workbook's settings (ExcelApi 1.4, as "Write
 * as" is): worksheet custom properties would need ExcelApi 1.12. One setting holds every peer sheet,
 * each entry keyed by the workbook name over its area (FIN_peers_<n>), so renaming or moving the
 * sheet keeps it; entries from before FIN named peer sheets are keyed by the sheet's name.
 */
import { succeeded, type Outcome } from "../failure";
import type { RememberedPeerSheet } from "../peers";
import { parseAddress } from "../references";
import { runExcel } from "./run";

const SETTING = "FIN.peerSheets";

export type PeerSheetMemory = Excel.Setting;

/** A workbook name as loaded (`items/name,items/formula`). */
export interface LoadedName {
  name: string;
  formula: string;
}

/** Queues reading the setting (read `.value` after the sync). */
export function readMemory(context: Excel.RequestContext): PeerSheetMemory {
  return context.workbook.settings.getItemOrNullObject(SETTING).load("value");
}

/** Queues reading the workbook's names with what they refer to. */
export function readNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load("items/name,items/formula");
}

function entriesOf(memory: PeerSheetMemory): RememberedPeerSheet[] {
  if (memory.isNullObject) return [];
  const value: unknown = memory.value;
  return Array.isArray(value) ? (value as RememberedPeerSheet[]) : [];
}

/** An entry's key: its workbook name, or (written before names) its sheet's name. */
export function keyOf(entry: Pick<RememberedPeerSheet, "name" | "sheet">): string {
  return (entry.name ?? entry.sheet).toLocaleUpperCase();
}

/** The sheet a workbook name refers to now, or null (no such name, or `=#REF!`). */
function sheetOfName(names: readonly LoadedName[], name: string): string | null {
  const wanted = name.toLocaleUpperCase();
  const item = names.find((n) => n.name.toLocaleUpperCase() === wanted);
  const at = item ? parseAddress(String(item.formula).replace(/^=/, "")) : null;
  return at?.sheet ?? null;
}

/**
 * The remembered peer sheets that still exist, each with `sheet` its current name: found through
 * its workbook name (so a renamed sheet is still found), else by the name it was built under.
 */
export function currentPeerSheets(
  memory: PeerSheetMemory,
  names: readonly LoadedName[],
  sheets: readonly string[]
): RememberedPeerSheet[] {
  const exists = (sheet: string | null) =>
    sheet === null
      ? null
      : (sheets.find((s) => s.toLocaleUpperCase() === sheet.toLocaleUpperCase()) ?? null);
  const out: RememberedPeerSheet[] = [];
  for (const entry of entriesOf(memory)) {
    const sheet =
      (entry.name ? exists(sheetOfName(names, entry.name)) : null) ?? exists(entry.sheet);
    if (sheet !== null) out.push({ ...entry, sheet });
  }
  return out;
}

/** The current entry for a key (its workbook name) or for the sheet it is on now. */
export function findPeerSheet(
  current: readonly RememberedPeerSheet[],
  keyOrSheet: string | null
): RememberedPeerSheet | null {
  if (keyOrSheet === null) return null;
  const wanted = keyOrSheet.toLocaleUpperCase();
  return (
    current.find((e) => e.name?.toLocaleUpperCase() === wanted) ??
    current.find((e) => e.sheet.toLocaleUpperCase() === wanted) ??
    null
  );
}

/** Queues saving the entry in place of `replacing` (and of any entry of its key): no round trip. */
export function saveMemory(
  context: Excel.RequestContext,
  memory: PeerSheetMemory,
  entry: RememberedPeerSheet,
  replacing: RememberedPeerSheet | null
): void {
  const gone = new Set([keyOf(entry), ...(replacing ? [keyOf(replacing)] : [])]);
  const others = entriesOf(memory).filter((e) => !gone.has(keyOf(e)));
  context.workbook.settings.add(SETTING, [...others, entry]);
}

export interface PeerContext {
  /** The peer sheets FIN built that still exist, under their current sheet names. */
  sheets: RememberedPeerSheet[];
  /** The active sheet's name: its company is the default subject. */
  activeSheet: string;
}

/** Queues what the pane's peer context needs; call the result after the sync. */
export function queuePeerContext(context: Excel.RequestContext): () => PeerContext {
  const memory = readMemory(context);
  const names = readNames(context);
  const sheets = context.workbook.worksheets.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  return () => ({
    sheets: currentPeerSheets(
      memory,
      names.items,
      sheets.items.map((s) => s.name)
    ),
    activeSheet: active.name,
  });
}

/** The peer sheets FIN built and the active sheet: 1 round trip. */
export async function readPeerContext(): Promise<Outcome<PeerContext>> {
  return runExcel(async (context) => {
    const read = queuePeerContext(context);
    await context.sync();
    return succeeded(read());
  });
}

export async function readPeerSheets(): Promise<Outcome<RememberedPeerSheet[]>> {
  const read = await readPeerContext();
  return read.ok ? succeeded(read.value.sheets) : read;
}
