/**
 * The comparison sheet as data: every cell's formula or text, number formats, colour scales, the
 * frozen panes and the chart. Pure, so the rules are tested without Excel; src/excel writes it.
 *
 * Layout (companies across; `transpose` swaps rows and columns of the table):
 *   row 1   Metric | company names… | Median Mean Max Min | Rank: company… | Rank 1 is
 *   row 2   Period | each company's period label…
 *   row 3…  one row per metric: live FIN formulas, then statistics, ranks, direction
 * then a blank row, the notes, and a small block the chart reads (linked to the table).
 */
import { PERCENT_FORMAT, fill, render, type WriteMode } from "../catalogue";
import { asText, formatCellAddress, formatRangeAddress, uniqueSheetName } from "../references";
import { lineItemDictionary, type Meaning } from "../statements";
import {
  betterOf,
  isShare,
  metricCell,
  segmentsOf,
  type Better,
  type MetricId,
  type Missing,
  type PeerCompany,
} from "./metrics";
import { keyOf, latestPosition, positionOf, type PeriodKey } from "./periods";
import { periodText, type PeerSheetText } from "./text";

export type PeriodBasis = { kind: "latest" } | { kind: "common"; period: PeriodKey };

export interface PlanRequest {
  companies: readonly PeerCompany[];
  metrics: readonly MetricId[];
  basis: PeriodBasis;
  /** Metrics across and companies down. */
  transpose: boolean;
  /** The metric the chart shows; null for no chart. */
  chartMetric: MetricId | null;
  existingSheets: readonly string[];
  text: PeerSheetText;
  language: "en" | "zh";
  /** When the sheet is built, as the note shows it. */
  builtAt: string;
  /** FIN formulas (default), plain Excel formulas, or values computed now. */
  mode?: WriteMode;
}

export interface ColorScalePlan {
  /** Address on the new sheet, e.g. `B3:D3`. */
  range: string;
  better: Better;
}

export interface ChartPlan {
  /** The block the chart reads: company names over the metric's values, series by rows. */
  source: string;
  seriesBy: "Rows";
  title: string;
  /** Top-left and bottom-right cells of the chart, beside the table. */
  from: string;
  to: string;
}

export interface PeerSheetPlan {
  sheetName: string;
  /** Every cell from A1: a formula (`=…`), text kept as text (`'…`), a number (a snapshot), or "" for empty. */
  cells: (string | number)[][];
  /** Same shape; null leaves the format alone. */
  numberFormats: (string | null)[][];
  /** The table block (headers, metrics, statistics, ranks), from A1. */
  table: string;
  /** The cells frozen at the top left: the header row(s) and column(s). */
  frozen: string;
  bold: string[];
  colorScales: ColorScalePlan[];
  chart: ChartPlan | null;
  notes: string[];
  /** Per company, the position of the period it is compared on (null: it lacks the period). */
  periods: (number | null)[];
}

export type PlanProblem = "noCompanies" | "oneCompany" | "noMetrics";

export type PlanResult = { ok: true; plan: PeerSheetPlan } | { ok: false; problem: PlanProblem };

export const RANK_FORMAT = "0";

const GOOD = "#63BE7B";
const MIDDLE = "#FFEB84";
const BAD = "#F8696B";

/** The colours of a row's scale, lowest value first. */
export function scaleColours(better: Better): { low: string; mid: string; high: string } {
  if (better === "higher") return { low: BAD, mid: MIDDLE, high: GOOD };
  if (better === "lower") return { low: GOOD, mid: MIDDLE, high: BAD };
  return { low: "#FFFFFF", mid: "#BDD7EE", high: "#5B9BD5" };
}

export function metricLabel(
  metric: MetricId,
  companies: readonly PeerCompany[],
  text: PeerSheetText
): string {
  if (!isShare(metric)) return text.metrics[metric];
  const key = metric.slice("share:".length);
  const written = companies
    .map((c) => segmentsOf(c.statement).get(key))
    .find((l) => l !== undefined);
  return fill(text.share, { segment: text.segments[key] ?? written ?? key });
}

function lineName(meaning: Meaning, language: "en" | "zh"): string {
  return lineItemDictionary[meaning][language];
}

export function planPeerSheet(request: PlanRequest): PlanResult {
  const { companies, metrics, basis, transpose, text } = request;
  const mode = request.mode ?? "fin";
  if (companies.length === 0) return { ok: false, problem: "noCompanies" };
  if (companies.length === 1) return { ok: false, problem: "oneCompany" };
  if (metrics.length === 0) return { ok: false, problem: "noMetrics" };

  const n = companies.length;
  const m = metrics.length;
  const periods = companies.map((c) =>
    basis.kind === "latest" ? latestPosition(c.statement) : positionOf(c.statement, basis.period)
  );

  // Logical table, companies across: rows = 2 + m, columns = label, n companies, 4 stats, n ranks, direction.
  const tableRows = 2 + m;
  const tableCols = 1 + n + 4 + n + 1;
  const colCompany = (j: number) => 1 + j;
  const colStat = (k: number) => 1 + n + k;
  const colRank = (j: number) => 1 + n + 4 + j;
  const colBetter = 1 + 2 * n + 4;
  const rowMetric = (i: number) => 2 + i;
  const at = (lr: number, lc: number) => (transpose ? { row: lc, col: lr } : { row: lr, col: lc });
  const addr = (lr: number, lc: number) => {
    const p = at(lr, lc);
    return formatCellAddress(p.row, p.col);
  };
  const physRows = transpose ? tableCols : tableRows;
  const physCols = transpose ? tableRows : tableCols;

  const notes: string[] = [];
  const noteRows = (): number => notes.length + 1; // + the "Notes" heading
  const chartRows = request.chartMetric !== null && metrics.includes(request.chartMetric) ? 3 : 0;

  // The grid is sized once notes are known; cells are collected first.
  const cells = new Map<string, { value: string | number; format?: string }>();
  const put = (lr: number, lc: number, value: string | number, format?: string) => {
    const p = at(lr, lc);
    cells.set(`${p.row},${p.col}`, { value, format });
  };

  put(0, 0, asText(transpose ? text.companyCorner : text.metricCorner));
  put(1, 0, asText(text.period));
  companies.forEach((c, j) => {
    put(0, colCompany(j), asText(c.name));
    const p = periods[j];
    put(1, colCompany(j), p === null ? "" : asText(c.statement.periods[p].label));
    put(0, colRank(j), asText(fill(text.rank, { company: c.name })));
  });
  [text.median, text.mean, text.max, text.min].forEach((label, k) =>
    put(0, colStat(k), asText(label))
  );
  put(0, colBetter, asText(text.rankOne));

  const missingNotes: string[] = [];
  const partialNotes: string[] = [];
  const negativeNotes: string[] = [];
  const colorScales: ColorScalePlan[] = [];

  metrics.forEach((metric, i) => {
    const r = rowMetric(i);
    const label = metricLabel(metric, companies, text);
    const better = betterOf(metric);
    put(r, 0, asText(label));
    companies.forEach((c, j) => {
      const cell = metricCell(metric, c, periods[j]);
      if ("missing" in cell) {
        put(r, colCompany(j), "");
        const p = periods[j];
        missingNotes.push(missingNote(cell.missing, c, label, p, request));
        return;
      }
      put(r, colCompany(j), render(cell.recipe, mode), PERCENT_FORMAT);
      if (cell.partial) partialNotes.push(fill(text.partialSum, { company: c.name }));
      if (cell.negativeCosts)
        negativeNotes.push(fill(text.negativeExpenses, { company: c.name, metric: label }));
    });
    // The company cells of this row; the rank anchors the row's axis as Excel's fill would.
    const first = at(r, colCompany(0));
    const last = at(r, colCompany(n - 1));
    const span = `${formatCellAddress(first.row, first.col)}:${formatCellAddress(last.row, last.col)}`;
    const anchored = transpose
      ? `${colLetters(first.col)}$${first.row + 1}:${colLetters(last.col)}$${last.row + 1}`
      : `$${colLetters(first.col)}${first.row + 1}:$${colLetters(last.col)}${last.row + 1}`;
    ["MEDIAN", "AVERAGE", "MAX", "MIN"].forEach((fn, k) =>
      // MAX and MIN of no numbers are 0 in Excel: a row without figures stays blank instead.
      put(r, colStat(k), `=IF(COUNT(${span})=0,"",${fn}(${span}))`, PERCENT_FORMAT)
    );
    companies.forEach((_, j) => {
      const own = addr(r, colCompany(j));
      const order = better === "lower" ? ",1" : "";
      put(
        r,
        colRank(j),
        `=IF(ISNUMBER(${own}),RANK.EQ(${own},${anchored}${order}),"")`,
        RANK_FORMAT
      );
    });
    put(r, colBetter, asText(text.better[better]));
    colorScales.push({ range: span, better });
  });

  // Notes: the basis, calendars, blanks and why, sources, and when it was built.
  notes.push(
    basis.kind === "latest"
      ? text.basisLatest
      : fill(text.basisCommon, { period: periodText(basis.period, text) })
  );
  const chosen = companies
    .map((c, j) => ({ c, p: periods[j] }))
    .filter((x): x is { c: PeerCompany; p: number } => x.p !== null);
  const fiscal = chosen.filter(({ c, p }) => c.statement.periods[p].fiscal);
  if (fiscal.length > 0 && fiscal.length < chosen.length) {
    for (const { c, p } of fiscal)
      notes.push(fill(text.fiscal, { company: c.name, period: c.statement.periods[p].label }));
  }
  const kinds = new Set(chosen.map(({ c, p }) => keyOf(c.statement.periods[p]).kind));
  if (kinds.size > 1) notes.push(text.mixedKinds);
  notes.push(...missingNotes, ...partialNotes, ...negativeNotes);
  for (const c of companies) {
    const unit = c.statement.unit ? ` (${c.statement.unit.label})` : "";
    notes.push(fill(text.source, { company: c.name, address: c.address, unit }));
  }
  notes.push(fill(text.writtenAs[mode], { date: request.builtAt }));

  const notesTop = physRows + 1;
  put2(cells, notesTop, 0, asText(text.notes));
  notes.forEach((note, k) => put2(cells, notesTop + 1 + k, 0, asText(note)));

  let chart: ChartPlan | null = null;
  let height = notesTop + noteRows();
  if (chartRows > 0 && request.chartMetric !== null) {
    const metric = request.chartMetric;
    const i = metrics.indexOf(metric);
    const top = height + 1;
    put2(cells, top, 0, asText(text.chartData));
    const label = metricLabel(metric, companies, text);
    put2(cells, top + 2, 0, asText(label));
    companies.forEach((_, j) => {
      put2(cells, top + 1, 1 + j, `=${addr(0, colCompany(j))}`);
      put2(cells, top + 2, 1 + j, `=${addr(rowMetric(i), colCompany(j))}`, PERCENT_FORMAT);
    });
    height = top + 3;
    const basisText =
      basis.kind === "latest" ? text.chartTitleLatest : periodText(basis.period, text);
    chart = {
      source: formatRangeAddress({ row: top + 1, col: 0, rowCount: 2, colCount: n + 1 }),
      seriesBy: "Rows",
      title: fill(text.chartTitleCommon, { metric: label, basis: basisText }),
      from: formatCellAddress(0, physCols + 1),
      to: formatCellAddress(17, physCols + 8),
    };
  }

  const width = Math.max(physCols, chartRows > 0 ? n + 1 : 1);
  const grid: (string | number)[][] = Array.from({ length: height }, () =>
    new Array<string | number>(width).fill("")
  );
  const formats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  for (const [k, { value, format }] of cells) {
    const [row, col] = k.split(",").map(Number);
    grid[row][col] = value;
    if (format) formats[row][col] = format;
  }

  const frozen = transpose ? "A1:B1" : "A1:A2";
  const headerRow = formatRangeAddress({ row: 0, col: 0, rowCount: 1, colCount: physCols });
  const labelCol = formatRangeAddress({ row: 0, col: 0, rowCount: physRows, colCount: 1 });
  const notesHeading = formatCellAddress(notesTop, 0);

  return {
    ok: true,
    plan: {
      sheetName: uniqueSheetName(text.sheetName, request.existingSheets),
      cells: grid,
      numberFormats: formats,
      table: formatRangeAddress({ row: 0, col: 0, rowCount: physRows, colCount: physCols }),
      frozen,
      bold: [headerRow, labelCol, notesHeading],
      colorScales,
      chart,
      notes,
      periods,
    },
  };
}

function put2(
  cells: Map<string, { value: string | number; format?: string }>,
  row: number,
  col: number,
  value: string,
  format?: string
): void {
  cells.set(`${row},${col}`, { value, format });
}

function colLetters(col: number): string {
  return formatCellAddress(0, col).replace(/\d+$/, "");
}

function missingNote(
  missing: Missing,
  company: PeerCompany,
  metric: string,
  position: number | null,
  { text, language, basis }: PlanRequest
): string {
  const values = { company: company.name, metric };
  switch (missing.kind) {
    case "line":
      return fill(text.missingLine, { ...values, line: lineName(missing.meaning, language) });
    case "segment":
      return fill(text.missingSegment, values);
    case "priorPeriod":
      return fill(text.missingPrior, {
        ...values,
        period: position === null ? "" : company.statement.periods[position].label,
      });
    case "period":
      return fill(text.missingPeriod, {
        ...values,
        period: basis.kind === "common" ? periodText(basis.period, text) : "",
      });
  }
}
