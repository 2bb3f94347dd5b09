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
  type ReadGrid,
  type PeerSheetPlan,
} from "../peers";
import { failed, succeeded, type Outcome } from "../failure";
import type { WriteMode } from "../catalogue";
import { ratesOn, type RememberedPeerSheet, type SizeUnit } from "../peers";
import { fingerprintsOf, mergeWrite, type MergedWrite } from "../written";
import { asText, parseAddress, quoteSheetName, uniqueSheetName } from "../references";
import { nextFinName } from "./finNames";
import {
  currentPeerSheets,
  readMemory,
  readNames,
  saveMemory,
  type LoadedName,
  type PeerSheetMemory,
} from "./peersMemory";
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
  /** The id of the company the note is about (one of `companies`). */
  subject?: string | null;
  /** The currency and unit of the sizes. */
  sizeUnit?: SizeUnit | null;
  /** Rates the analyst typed in the pane, by rate key; others are read from the sheet's rate cells. */
  rates?: Readonly<Record<string, number | null>>;
  /** A peer sheet FIN built before, rebuilt in place; absent or null: a new sheet. */
  into?: string | null;
}

export interface PeerBuilt {
  sheetName: string;
  plan: PeerSheetPlan;
  /** Built over an earlier peer sheet instead of a new one. */
  updated: boolean;
  /** Cells the analyst typed into inside FIN's area: left as they are. */
  kept: string[];
  /** What the sheet now remembers (for the pane's list of peer sheets). */
  remembered: RememberedPeerSheet;
}

export type PeerBuildResult = Outcome<PeerBuilt>;

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

/** The used range's formulas placed from A1 (cells above and left of it are empty). */
function fromA1(range: GridRange): unknown[][] {
  if (range.isNullObject) return [];
  const at = parseAddress(range.address);
  if (!at) return [];
  const rows: unknown[][] = Array.from({ length: at.row }, () => []);
  for (const row of range.formulas) rows.push([...new Array<unknown>(at.col).fill(""), ...row]);
  return rows;
}

/** What a build reads before it plans: the target sheet's cells and charts, FIN's memory and names. */
export interface BuildReads {
  /** Each chosen company's cells, in order; null where the range is gone. */
  grids: (ReadGrid | null)[];
  sheets: string[];
  names: readonly LoadedName[];
  memory: PeerSheetMemory;
  /** The peer sheet built over, with what it remembers (null: a new sheet, or not remembered). */
  target: { sheet: Excel.Worksheet; name: string; remembered: RememberedPeerSheet | null } | null;
  /** The target's formulas from A1, and its charts' names. */
  current: unknown[][];
  charts: string[];
}

/** Queues reading a peer sheet built over: its used range's formulas and its charts. */
export function queueTargetRead(
  sheet: Excel.Worksheet
): () => Pick<BuildReads, "current" | "charts"> {
  const used = sheet.getUsedRangeOrNullObject().load("address,formulas");
  const charts = sheet.charts.load("items/name");
  return () => ({ current: fromA1(used), charts: charts.items.map((c) => c.name) });
}

/**
 * Builds the comparison: on a new sheet, or over a peer sheet FIN built before (`into`), where it
 * rewrites only FIN's own cells. One round trip reads, one writes (more only past the 5 MB cap).
 */
export async function buildPeerSheet(request: PeerBuildRequest): Promise<PeerBuildResult> {
  return runExcel(async (context) => {
    const book = context.workbook;
    const sheets = book.worksheets.load("items/name");
    const memory = readMemory(context);
    const names = readNames(context);
    const target = request.into ? book.worksheets.getItem(request.into) : null;
    const targetRead = target ? queueTargetRead(target) : null;
    const reads = request.companies.map((c) => loadGrid(statementRange(book, c)));
    await context.sync();

    const sheetNames = sheets.items.map((s) => s.name);
    const remembered =
      request.into === null || request.into === undefined
        ? null
        : (currentPeerSheets(memory, names.items, sheetNames).find(
            (e) => e.sheet.toLocaleUpperCase() === request.into!.toLocaleUpperCase()
          ) ?? null);
    return writeBuild(context, request, {
      grids: reads.map((range, i) =>
        gridOf(range, request.companies[i].sheet, request.companies[i].table)
      ),
      sheets: sheetNames,
      names: names.items,
      memory,
      target: target ? { sheet: target, name: request.into!, remembered } : null,
      ...(targetRead ? targetRead() : { current: [], charts: [] }),
    });
  });
}

/**
 * Plans the comparison from what was read and writes it in one round trip (more only past the
 * 5 MB request cap), naming FIN's area FIN_peers_<n> and remembering what it was built from.
 */
export async function writeBuild(
  context: Excel.RequestContext,
  request: PeerBuildRequest,
  read: BuildReads
): Promise<PeerBuildResult> {
  const companies = [];
  for (let i = 0; i < request.companies.length; i++) {
    const chosen = request.companies[i];
    const grid = read.grids[i];
    const found = grid && recognise(grid);
    if (!found) return failed("notRecognised", { name: chosen.name });
    companies.push({ ...asCompany(found, chosen.name), values: grid.values });
  }
  const target = read.target;
  const remembered = target?.remembered ?? null;
  const current = read.current;
  const rates = {
    ...(remembered ? ratesOn(current, remembered.rateCells) : {}),
    ...definedRates(request.rates),
  };
  const planned = planPeerSheet({
    companies,
    metrics: request.metrics,
    basis: request.basis,
    transpose: request.transpose,
    chartMetric: request.chartMetric,
    existingSheets: read.sheets,
    text: request.text,
    language: request.language,
    builtAt: request.builtAt ?? timestamp(new Date()),
    mode: request.mode,
    subject: request.subject ?? null,
    sizeUnit: request.sizeUnit ?? undefined,
    rates,
    sheetName: target ? target.name : undefined,
  });
  if (!planned.ok) return planned;
  const plan = planned.value;
  rememberWriteAs(context, request.mode ?? "fin");
  const merged = target && remembered ? mergeWrite(plan, current, remembered) : null;
  const chartName =
    remembered?.chart && read.charts.includes(remembered.chart) ? remembered.chart : null;
  const written = await writePlan(context, plan, {
    sheet: target?.sheet ?? null,
    merged,
    chart: chartName,
    sameScales: sameList(
      remembered?.colorScales,
      plan.colorScales.map((c) => c.range)
    ),
  });
  // What FIN would have written, not what is there: a kept cell stays the analyst's next time.
  const fingerprints = fingerprintsOf(plan.cells);
  const name = nameArea(context, plan, written.sheet, remembered?.name ?? null, read.names);
  const entry: RememberedPeerSheet = {
    name,
    sheet: plan.sheetName,
    companies: request.companies.map(({ id, sheet, table, name }) => ({
      id,
      sheet,
      table,
      name,
    })),
    subject: indexOrNull(request.companies.findIndex((c) => c.id === request.subject)),
    metrics: [...request.metrics],
    basis: request.basis,
    transpose: request.transpose,
    chartMetric: request.chartMetric,
    sizeUnit: request.sizeUnit ?? null,
    mode: request.mode ?? "fin",
    area: plan.area,
    fingerprints,
    rateCells: plan.rateCells,
    chart: written.chart,
    colorScales: plan.colorScales.map((c) => c.range),
  };
  saveMemory(context, read.memory, entry, remembered);
  await context.sync();
  return succeeded({
    sheetName: plan.sheetName,
    plan,
    updated: target !== null,
    kept: merged?.kept ?? [],
    remembered: entry,
  });
}

/**
 * Queues the workbook name over the area FIN wrote: the sheet's own name moved to the new area,
 * or the next free FIN_peers_<n> for a new sheet (or one built before FIN named peer sheets).
 */
function nameArea(
  context: Excel.RequestContext,
  plan: PeerSheetPlan,
  sheet: Excel.Worksheet,
  existing: string | null,
  names: readonly LoadedName[]
): string {
  const items = context.workbook.names;
  const still = existing && names.some((n) => n.name.toLowerCase() === existing.toLowerCase());
  if (still) {
    const absolute = plan.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    items.getItem(existing).formula = `=${quoteSheetName(plan.sheetName)}!${absolute}`;
    return existing;
  }
  const name = nextFinName(
    "peers",
    names.map((n) => n.name)
  );
  items.add(name, sheet.getRange(plan.area));
  return name;
}

function indexOrNull(i: number): number | null {
  return i < 0 ? null : i;
}

function definedRates(
  rates: Readonly<Record<string, number | null>> | undefined
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(rates ?? {})) if (typeof v === "number") out[k] = v;
  return out;
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

interface WriteTarget {
  /** The earlier peer sheet, or null for a new sheet. */
  sheet: Excel.Worksheet | null;
  /** Over an earlier sheet: the cells to write (null keeps the analyst's). */
  merged: MergedWrite | null;
  /** The chart FIN added there before, by name. */
  chart: string | null;
  /** The colour scales are already where the plan puts them. */
  sameScales: boolean;
}

const CHART_NAME = "FIN peers chart";

/** Queues the plan's cells, formats and chart; syncs only past the request cap. */
async function writePlan(
  context: Excel.RequestContext,
  plan: PeerSheetPlan,
  into: WriteTarget
): Promise<{ chart: string | null; sheet: Excel.Worksheet }> {
  const sheet = into.sheet ?? context.workbook.worksheets.add(plan.sheetName);
  const cells = into.merged?.cells ?? plan.cells;
  const allFormats = into.merged?.formats ?? plan.numberFormats;
  const width = cells[0]?.length ?? 1;
  // Cells and their formats travel together; each block stays well under the request cap.
  const blocks = splitRows(cells, Math.floor(WRITE_BUDGET_BYTES / 2));
  let queued = 0;
  for (const block of blocks) {
    const formats = allFormats.slice(block.start, block.start + block.rows.length);
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
  if (!into.sameScales) {
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
  }
  sheet.getRange(plan.table).format.autofitColumns();
  sheet.freezePanes.freezeAt(sheet.getRange(plan.frozen));
  let chartName: string | null = null;
  if (plan.chart) {
    const source = sheet.getRange(plan.chart.source);
    let chart: Excel.Chart;
    if (into.chart) {
      chart = sheet.charts.getItem(into.chart);
      chart.setData(source, Excel.ChartSeriesBy.rows);
    } else {
      chart = sheet.charts.add(Excel.ChartType.columnClustered, source, Excel.ChartSeriesBy.rows);
      chart.name = CHART_NAME;
    }
    chart.title.text = plan.chart.title;
    chart.axes.valueAxis.numberFormat = plan.chart.axisFormat;
    chart.setPosition(plan.chart.from, plan.chart.to);
    chartName = CHART_NAME;
  }
  sheet.activate();
  return { chart: chartName, sheet };
}

/** Puts each sample statement on a new sheet with a free name (2 round trips); returns the names. */
export async function insertSampleStatements(): Promise<Outcome<string[]>> {
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
    return succeeded(added);
  });
}

export { findPeerStatements } from "./peersList";
export { readPeerContext, readPeerSheets } from "./peersMemory";
export type { PeerContext } from "./peersMemory";
export { refreshPeerSheet } from "./peersRefresh";
export type { RefreshResult } from "./peersRefresh";
export type { FoundPeers } from "./peersList";

// What the task pane needs from the plan to offer choices (pure; re-exported so it imports only src/excel).
export {
  commonPeriods,
  isShare,
  isSize,
  keyOf,
  latestPosition,
  sizeLineOf,
  sizeScales,
  rateKey,
  unitText,
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
  RememberedPeerSheet,
  SizeUnit,
} from "../peers";
