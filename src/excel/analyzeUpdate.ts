/*
 * Analyze selection, Update: rewrite a block FIN built earlier from this statement, in place, in
 * two round trips. Sync 1 reads the block's cells where its workbook name says it is now (over the
 * larger of the old and the new block) with the checks the first write makes; sync 2 writes FIN's
 * own cells only (a cell the analyst typed into is kept, and listed), points the name at the new
 * extent and saves the new fingerprints. A block past Excel on the web's request cap splits its
 * write as the first write does.
 */
import { planAnalysis, type SheetArea } from "../analysis";
import { failed, succeeded, type Outcome } from "../failure";
import { columnLetters, formatRangeAddress, quoteSheetName } from "../references";
import { fingerprintsOf, mergeWrite } from "../written";
import {
  nameArea,
  readAnalysisMemory,
  rememberedNamed,
  saveAnalysisMemory,
  type RememberedAnalysis,
} from "./analysisMemory";
import {
  labelStrip,
  labelsUnchanged,
  queueCells,
  queueLayout,
  rangeAt,
  roomFor,
  type AnalysisRequest,
} from "./analyzeWrite";
import { runExcel } from "./run";
import { timestamp } from "./timestamp";
import { rememberWriteAs } from "./writeAs";

export interface AnalysisUpdateRequest extends Omit<AnalysisRequest, "placement"> {
  /** The block the read step found: its name, and where the name put it then. */
  block: { name: string; sheet: string; area: SheetArea };
}

/** What Update did. It fails with blockGone (its name was deleted) or blockMoved (it moved since the read). */
export interface AnalysisUpdated {
  name: string;
  sheet: string;
  area: SheetArea;
  address: string;
  metricCount: number;
  /** Cells the analyst typed into inside FIN's area, kept as they were (`H5`). */
  kept: string[];
}

function sameArea(a: SheetArea, b: SheetArea): boolean {
  return (
    a.row === b.row &&
    a.column === b.column &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

/** `=Sheet1!$A$7:$D$22`: a name's formula is absolute, or it would move with the active cell. */
function absoluteFormula(sheet: string, a: SheetArea): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const last = cell(a.row + a.rowCount - 1, a.column + a.columnCount - 1);
  return `=${quoteSheetName(sheet)}!${cell(a.row, a.column)}:${last}`;
}

/** Rewrites the block in place: 2 `context.sync()` calls, or fewer when it fails before writing. */
export function updateAnalysis(request: AnalysisUpdateRequest): Promise<Outcome<AnalysisUpdated>> {
  const { statement, source, options, block } = request;
  const mode = request.mode ?? "fin";
  const at = { sheet: block.sheet, row: block.area.row, column: block.area.column };
  const planFor = (sourceValues?: unknown[][]) =>
    planAnalysis({
      statement,
      source,
      options,
      placement: "beside",
      usedRange: null,
      mode,
      sourceValues,
      takenAt: request.takenAt ?? timestamp(new Date()),
      answers: request.answers,
      at,
    });
  // The new block's size does not depend on the figures: it says how far to read.
  const sized = planFor();
  if (!sized.ok) return Promise.resolve(sized);
  return runExcel(async (context) => {
    const book = context.workbook;
    const statementSheet = book.worksheets.getItem(source.sheet);
    const target = book.worksheets.getItem(block.sheet);
    target.load("protection/protected");
    const strip = rangeAt(statementSheet, labelStrip(statement, source)).load("values");
    const cells = mode === "values" ? rangeAt(statementSheet, source).load("values") : null;
    const named = book.names.getItemOrNullObject(block.name).load("formula");
    const names = book.names.load("items/name");
    const memory = readAnalysisMemory(context);
    const box: SheetArea = {
      ...block.area,
      rowCount: Math.max(block.area.rowCount, sized.value.area.rowCount),
      columnCount: Math.max(block.area.columnCount, sized.value.area.columnCount),
    };
    const now = rangeAt(target, box).load("formulas");
    await context.sync();

    if (target.protection.protected) return failed("protected", { sheet: block.sheet });
    if (!labelsUnchanged(statement, strip.values)) return failed("statementChanged");
    const remembered = rememberedNamed(memory, block.name);
    const where = named.isNullObject ? null : nameArea(named.formula);
    if (!where || !remembered) return failed("blockGone");
    if (where.sheet !== block.sheet || !sameArea(where.area, block.area))
      return failed("blockMoved");
    const planned = planFor(cells?.values);
    if (!planned.ok) return planned;
    const plan = planned.value;

    // The fingerprints are in the block's own coordinates, from its top-left.
    const before = {
      area: formatRangeAddress({
        row: 0,
        col: 0,
        rowCount: remembered.area.rowCount,
        colCount: remembered.area.columnCount,
      }),
      fingerprints: remembered.fingerprints,
    };
    const merged = mergeWrite(
      { cells: plan.formulas, numberFormats: plan.numberFormats },
      now.formulas,
      before,
      { row: box.row, col: box.column }
    );
    // A cell FIN wrote and no longer needs goes back to General with its content.
    const formats = merged.formats.map((row, r) =>
      row.map((f, c) => (f === null && merged.cells[r][c] === "" ? "" : f))
    );
    const written = {
      ...box,
      rowCount: merged.cells.length,
      columnCount: merged.cells[0]?.length ?? 0,
    };
    const queued = await queueCells(context, target, written, merged.cells, formats);
    queueLayout(target, plan);
    named.formula = absoluteFormula(plan.sheet, plan.area);
    const entry: RememberedAnalysis = {
      ...remembered,
      source,
      options,
      answers: request.answers ?? {},
      mode,
      area: plan.area,
      // What FIN would have written, not what is there: a kept cell stays the analyst's next time.
      fingerprints: fingerprintsOf(plan.formulas),
    };
    await roomFor(context, queued, entry);
    saveAnalysisMemory(context, memory, entry, names.items);
    rememberWriteAs(context, mode);
    await context.sync();

    return succeeded({
      name: block.name,
      sheet: plan.sheet,
      area: plan.area,
      address: plan.address,
      metricCount: plan.rows.length,
      kept: merged.kept,
    });
  });
}
