/*
 * What each analysis block was built from, kept in the workbook's settings (ExcelApi 1.4, as "Write
 * as" and the peer sheets are) and saved in the same round trip as the block: the statement's
 * source, the choices, where it was written and a fingerprint of every cell FIN wrote there. One
 * setting holds every block, keyed by the block's workbook name (FIN_analysis_<n>), which Excel
 * moves with the block when rows or columns are inserted.
 */
import {
  intersects,
  type AnalysisOptions,
  type Answers,
  type PlacementChoice,
  type SheetArea,
  type StatementSource,
} from "../analysis";
import type { WriteMode } from "../catalogue";
import { parseAddress } from "../references";

const SETTING = "FIN.analysisBlocks";

export interface RememberedAnalysis {
  /** The block's workbook name, FIN_analysis_<n>. */
  name: string;
  /** The statement as it was selected when the block was built. */
  source: StatementSource;
  options: AnalysisOptions;
  answers: Answers;
  placement: PlacementChoice;
  mode: WriteMode;
  /** Where FIN wrote, as it was then (the name says where it is now). */
  sheet: string;
  area: SheetArea;
  /** Each written cell's fingerprint, row by row from the block's top-left. */
  fingerprints: string[];
}

/** A remembered block found again: where its name puts it now. */
export interface FoundBlock {
  name: string;
  sheet: string;
  area: SheetArea;
  remembered: RememberedAnalysis;
}

export type AnalysisMemory = Excel.Setting;

/** Queues reading the setting (read `.value` after the sync). */
export function readAnalysisMemory(context: Excel.RequestContext): AnalysisMemory {
  return context.workbook.settings.getItemOrNullObject(SETTING).load("value");
}

function entriesOf(memory: AnalysisMemory): RememberedAnalysis[] {
  if (memory.isNullObject) return [];
  const value: unknown = memory.value;
  return Array.isArray(value) ? (value as RememberedAnalysis[]) : [];
}

/** A name's range as the name holds it now, from its formula (`=Sheet1!$A$7:$C$20`). */
export function nameArea(formula: unknown): { sheet: string; area: SheetArea } | null {
  const at = parseAddress(String(formula).replace(/^=/, ""));
  if (!at || at.sheet === null) return null;
  return {
    sheet: at.sheet,
    area: { row: at.row, column: at.col, rowCount: at.rowCount, columnCount: at.colCount },
  };
}

/**
 * The latest block built from a statement overlapping `source` whose name still exists, where
 * that name puts it now; null when there is none.
 */
export function blockFor(
  memory: AnalysisMemory,
  names: readonly { name: string; formula: unknown }[],
  source: StatementSource
): FoundBlock | null {
  const wanted = source.sheet.toLocaleUpperCase();
  const entries = entriesOf(memory);
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.source.sheet.toLocaleUpperCase() !== wanted || !intersects(e.source, source)) continue;
    const named = names.find((n) => n.name.toLowerCase() === e.name.toLowerCase());
    const now = named ? nameArea(named.formula) : null;
    if (now) return { name: e.name, sheet: now.sheet, area: now.area, remembered: e };
  }
  return null;
}

export function rememberedNamed(memory: AnalysisMemory, name: string): RememberedAnalysis | null {
  const wanted = name.toLowerCase();
  return entriesOf(memory).find((e) => e.name.toLowerCase() === wanted) ?? null;
}

/**
 * Queues saving the entry in place of the one of its name (no round trip of its own); blocks whose
 * name is no longer among `names` (the analyst deleted it) are forgotten.
 */
export function saveAnalysisMemory(
  context: Excel.RequestContext,
  memory: AnalysisMemory,
  entry: RememberedAnalysis,
  names: readonly { name: string }[]
): void {
  const wanted = entry.name.toLowerCase();
  const alive = new Set(names.map((n) => n.name.toLowerCase()));
  const others = entriesOf(memory).filter(
    (e) => e.name.toLowerCase() !== wanted && alive.has(e.name.toLowerCase())
  );
  context.workbook.settings.add(SETTING, [...others, entry]);
}
