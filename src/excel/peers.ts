/*
 * Compare peers in Excel: list the statements in the workbook (./peersList), build the
 * comparison sheet (1 read + 1 write, more writes only past Excel on the web's 5 MB request cap),
 * and insert sample statements (2). The comparison is planned by src/peers; this module only reads
 * and writes, and never writes into a sheet it did not just add.
 */
import {
  asCompany,
  planPeerSheet,
  recognise,
  sampleGrid,
  sampleStatements,
  scaleColours,
  type MetricId,
  type PeerSheetText,
  type PeriodBasis,
  type PlanProblem,
  type ReadGrid,
  type PeerSheetPlan,
} from "../peers";
import type { WriteMode } from "../catalogue";
import { asText, uniqueSheetName } from "../references";
import { statementRange } from "./peersList";
import { WRITE_BUDGET_BYTES, payloadBytes, splitRows } from "./requestSize";
import { runExcel } from "./run";
import { timestamp } from "./timestamp";
import { rememberWriteAs } from "./writeAs";

/** A statement the analyst ticked, under the name the analyst gave it. */
export interface ChosenCompany {
  id: string;
  sheet: string;
  table: string | null;
  name: string;
}

export interface PeerBuildRequest {
  companies: readonly ChosenCompany[];
  metrics: readonly MetricId[];
  basis: PeriodBasis;
  transpose: boolean;
  chartMetric: MetricId | null;
  text: PeerSheetText;
  language: "en" | "zh";
  /** Defaults to now, as `2024-05-01 14:03`. */
  builtAt?: string;
  /** FIN formulas (default), Excel formulas, or values; remembered for the workbook. */
  mode?: WriteMode;
}

export type PeerBuildResult =
  | { ok: true; sheetName: string; plan: PeerSheetPlan }
  | { ok: false; problem: PlanProblem }
  | { ok: false; problem: "notRecognised"; name: string };

type GridRange = Excel.Range;

function loadGrid(range: GridRange): GridRange {
  return range.load("address,values,numberFormat");
}

function gridOf(range: GridRange, sheet: string, table: string | null): ReadGrid | null {
  if (range.isNullObject) return null;
  return {
    sheet,
    table,
    address: range.address,
    values: range.values,
    numberFormats: range.numberFormat as string[][],
  };
}

/** Builds the comparison on a new sheet: one round trip reads, one (or a few, for huge sheets) writes. */
export async function buildPeerSheet(request: PeerBuildRequest): Promise<PeerBuildResult> {
  return runExcel(async (context) => {
    const book = context.workbook;
    const names = book.worksheets.load("items/name");
    const reads = request.companies.map((c) => ({
      chosen: c,
      range: loadGrid(statementRange(book, c)),
    }));
    await context.sync();

    const companies = [];
    for (const { chosen, range } of reads) {
      const grid = gridOf(range, chosen.sheet, chosen.table);
      const found = grid && recognise(grid);
      if (!found) return { ok: false, problem: "notRecognised", name: chosen.name } as const;
      companies.push({ ...asCompany(found, chosen.name), values: range.values });
    }
    const planned = planPeerSheet({
      companies,
      metrics: request.metrics,
      basis: request.basis,
      transpose: request.transpose,
      chartMetric: request.chartMetric,
      existingSheets: names.items.map((s) => s.name),
      text: request.text,
      language: request.language,
      builtAt: request.builtAt ?? timestamp(new Date()),
      mode: request.mode,
    });
    if (!planned.ok) return planned;
    const { plan } = planned;
    rememberWriteAs(context, request.mode ?? "fin");
    await writePlan(context, plan);
    return { ok: true, sheetName: plan.sheetName, plan };
  });
}

async function writePlan(context: Excel.RequestContext, plan: PeerSheetPlan): Promise<void> {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  const width = plan.cells[0]?.length ?? 1;
  // Cells and their formats travel together; each block stays well under the request cap.
  const blocks = splitRows(plan.cells, Math.floor(WRITE_BUDGET_BYTES / 2));
  let queued = 0;
  for (const block of blocks) {
    const formats = plan.numberFormats.slice(block.start, block.start + block.rows.length);
    const bytes = payloadBytes(block.rows) + payloadBytes(formats);
    if (queued > 0 && queued + bytes > WRITE_BUDGET_BYTES) {
      // Only past the request cap (thousands of companies): one more round trip per block.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      queued = 0;
    }
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const range = sheet.getRangeByIndexes(block.start, 0, block.rows.length, width);
    range.formulas = block.rows;
    range.numberFormat = formats;
    queued += bytes;
  }
  for (const address of plan.bold) sheet.getRange(address).format.font.bold = true;
  for (const { range, better } of plan.colorScales) {
    const colours = scaleColours(better);
    const format = sheet
      .getRange(range)
      .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
    format.colorScale.criteria = {
      minimum: {
        type: Excel.ConditionalFormatColorCriterionType.lowestValue,
        color: colours.low,
      },
      midpoint: {
        formula: "50",
        type: Excel.ConditionalFormatColorCriterionType.percentile,
        color: colours.mid,
      },
      maximum: {
        type: Excel.ConditionalFormatColorCriterionType.highestValue,
        color: colours.high,
      },
    };
  }
  sheet.getRange(plan.table).format.autofitColumns();
  sheet.freezePanes.freezeAt(sheet.getRange(plan.frozen));
  if (plan.chart) {
    const chart = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange(plan.chart.source),
      Excel.ChartSeriesBy.rows
    );
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.from, plan.chart.to);
  }
  sheet.activate();
  await context.sync();
}

/** Puts each sample statement on a new sheet with a free name (2 round trips); returns the names. */
export async function insertSampleStatements(): Promise<string[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = sheets.items.map((s) => s.name);
    const added: string[] = [];
    for (const sample of sampleStatements) {
      const name = uniqueSheetName(sample.sheet, taken);
      taken.push(name);
      added.push(name);
      const grid = sampleGrid(sample);
      const sheet = context.workbook.worksheets.add(name);
      const range = sheet.getRangeByIndexes(0, 0, grid.length, grid[0].length);
      // Labels and period headers stay text (2018年, Q1 2022); figures are numbers.
      range.values = grid.map((row) =>
        row.map((v) => (v === null ? "" : typeof v === "string" ? asText(v) : v))
      );
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.font.italic = sample.illustrative;
      range.getOffsetRange(1, 0).getResizedRange(-1, 0).format.autofitColumns();
    }
    await context.sync();
    return added;
  });
}

export { findPeerStatements } from "./peersList";
export type { FoundPeers } from "./peersList";

// What the task pane needs from the plan to offer choices (pure; re-exported so it imports only src/excel).
export {
  commonPeriods,
  isShare,
  keyText,
  metricLabel,
  periodText,
  segmentsOf,
  sharedMetrics,
} from "../peers";
export type {
  FoundStatement,
  UnreadReason,
  UnreadSheet,
  MetricId,
  PeerSheetText,
  PeriodBasis,
  PeriodKey,
  PlanProblem,
} from "../peers";
