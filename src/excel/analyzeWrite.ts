/*
 * Analyze selection, step 2: write the analysis block in two round trips whatever the statement's
 * size. Sync 1 checks the sheet as it is now (used range, protection, the statement's labels, the
 * sheet names); sync 2 writes. Nothing already on the sheet is overwritten: the block goes where
 * the sheet is surely empty (outside its used range) or on a new sheet.
 */
import { newSheetBaseName, type WriteMode } from "../catalogue";
import { uniqueSheetName } from "../references";
import {
  planAnalysis,
  type AnalysisOptions,
  type Answers,
  type AnalysisPlan,
  type PlacementChoice,
  type SheetArea,
  type StatementSource,
} from "../analysis";
import { failed, succeeded, type Outcome } from "../failure";
import type { Statement } from "../statements";
import { fingerprintsOf } from "../written";
import { readAnalysisMemory, saveAnalysisMemory, type RememberedAnalysis } from "./analysisMemory";
import { areaOf } from "./analyzeRead";
import { nextFinName } from "./finNames";
import { timestamp } from "./timestamp";
import { WRITE_BUDGET_BYTES, payloadBytes, splitRows } from "./requestSize";
import { runExcel } from "./run";
import { rememberWriteAs } from "./writeAs";

export interface AnalysisRequest {
  statement: Statement;
  source: StatementSource;
  options: AnalysisOptions;
  placement: PlacementChoice;
  /** FIN formulas (default), Excel formulas, or values; remembered for the workbook. */
  mode?: WriteMode;
  /** When a snapshot is taken; defaults to now. */
  takenAt?: string;
  /** The analyst's answers to the reader's questions. */
  answers?: Answers;
}

export interface AnalysisWritten {
  address: string;
  sheet: string;
  area: SheetArea;
  where: AnalysisPlan["where"];
  metricCount: number;
  /** The workbook name over the block: FIN_analysis_<n>. */
  name: string;
}

/** The label cells of the statement: its label column (periods across) or label row (down). */
export function labelStrip(statement: Statement, source: StatementSource): SheetArea {
  return statement.orientation === "across"
    ? { ...source, column: source.column + statement.labelIndex, columnCount: 1 }
    : { ...source, row: source.row + statement.labelIndex, rowCount: 1 };
}

export function labelsUnchanged(statement: Statement, strip: unknown[][]): boolean {
  const at = (i: number) => (statement.orientation === "across" ? strip[i]?.[0] : strip[0]?.[i]);
  return statement.lines.every((line) => {
    const cell = at(line.index);
    return (typeof cell === "string" ? cell.trim() : "") === line.label;
  });
}

export function rangeAt(sheet: Excel.Worksheet, a: SheetArea): Excel.Range {
  return sheet.getRangeByIndexes(a.row, a.column, a.rowCount, a.columnCount);
}

/**
 * Queues the cells and their formats over `area` in blocks of rows, each its own range write; they
 * share one request while it stays under Excel on the web's cap, and only a block past it takes a
 * round trip of its own. Returns the bytes queued since the last sync.
 */
export async function queueCells(
  context: Excel.RequestContext,
  target: Excel.Worksheet,
  area: SheetArea,
  cells: (string | number | null)[][],
  numberFormats: (string | null)[][]
): Promise<number> {
  let queued = 0;
  for (const block of splitRows(cells, Math.floor(WRITE_BUDGET_BYTES / 2))) {
    const rows = block.rows.length;
    const formats = numberFormats.slice(block.start, block.start + rows);
    const bytes = payloadBytes(block.rows) + payloadBytes(formats);
    if (queued > 0 && queued + bytes > WRITE_BUDGET_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queued = 0;
    }
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const range = rangeAt(target, { ...area, row: area.row + block.start, rowCount: rows });
    range.formulas = block.rows;
    range.numberFormat = formats;
    queued += bytes;
  }
  return queued;
}

/** Queues the bold header, its rule and the column widths. */
export function queueLayout(target: Excel.Worksheet, plan: AnalysisPlan): void {
  for (const bold of plan.bold) rangeAt(target, bold).format.font.bold = true;
  const rule = rangeAt(target, plan.rule).format.borders.getItem("EdgeBottom");
  rule.style = "Continuous";
  rule.weight = "Thin";
  rangeAt(target, plan.fit).format.autofitColumns();
}

/** The remembered entry (a few bytes a cell) goes with the last write, or alone past the cap. */
export async function roomFor(
  context: Excel.RequestContext,
  queued: number,
  entry: RememberedAnalysis
): Promise<number> {
  const bytes = payloadBytes([entry.fingerprints]);
  if (queued > 0 && queued + bytes > WRITE_BUDGET_BYTES) {
    await context.sync();
    return bytes;
  }
  return queued + bytes;
}

/** Writes the block: 2 `context.sync()` calls, or fewer when it fails before writing. */
export function writeAnalysis(request: AnalysisRequest): Promise<Outcome<AnalysisWritten>> {
  const { statement, source, options, placement } = request;
  const mode = request.mode ?? "fin";
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheets.getItem(source.sheet);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    sheet.load("protection/protected");
    const strip = rangeAt(sheet, labelStrip(statement, source));
    strip.load("values");
    // A snapshot is computed from the statement's cells as they are now.
    const cells = mode === "values" ? rangeAt(sheet, source).load("values") : null;
    if (placement === "newSheet") sheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    const memory = readAnalysisMemory(context);
    await context.sync();

    if (placement === "beside" && sheet.protection.protected)
      return failed("protected", { sheet: source.sheet });
    if (!labelsUnchanged(statement, strip.values)) return failed("statementChanged");
    const newSheetName =
      placement === "newSheet"
        ? uniqueSheetName(
            newSheetBaseName(statement.language),
            sheets.items.map((s) => s.name)
          )
        : undefined;
    const planned = planAnalysis({
      statement,
      source,
      options,
      placement,
      usedRange: used.isNullObject ? null : areaOf(used),
      newSheetName,
      mode,
      sourceValues: cells?.values,
      takenAt: request.takenAt ?? timestamp(new Date()),
      answers: request.answers,
    });
    if (!planned.ok) return planned;
    const plan = planned.value;
    const target = newSheetName ? sheets.add(newSheetName) : sheet;
    const queued = await queueCells(context, target, plan.area, plan.formulas, plan.numberFormats);
    queueLayout(target, plan);
    // FIN knows its own output: the block is named, and Analyze never reads it as a statement.
    const name = nextFinName(
      "analysis",
      names.items.map((n) => n.name)
    );
    context.workbook.names.add(name, rangeAt(target, plan.area));
    const entry: RememberedAnalysis = {
      name,
      source,
      options,
      answers: request.answers ?? {},
      placement,
      mode,
      sheet: plan.sheet,
      area: plan.area,
      fingerprints: fingerprintsOf(plan.formulas),
    };
    await roomFor(context, queued, entry);
    saveAnalysisMemory(context, memory, entry, names.items);
    if (newSheetName) target.activate();
    rememberWriteAs(context, mode);
    await context.sync();

    return succeeded({
      address: plan.address,
      sheet: plan.sheet,
      area: plan.area,
      where: plan.where,
      metricCount: plan.rows.length,
      name,
    });
  });
}
