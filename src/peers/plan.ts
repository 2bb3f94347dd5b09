/**
 * The comparison sheet as data: every cell's formula or text, number formats, colour scales, the
 * frozen panes, the rate inputs and the chart. Pure, so the rules are tested without Excel;
 * src/excel writes it. Where each cell goes is ./layout; sizes are ./sizes.
 *
 *   row 1   Metric | companies (the subject first), once per period shown | statistics | Rank 1 is
 *   row 2   Period | each company's own period label
 *   row 3…  one row per metric
 * then the exchange-rate inputs (when currencies differ), the notes, and the chart's data.
 */
import { PERCENT_FORMAT, PP_FORMAT, fill, render, type WriteMode } from "../catalogue";
import { failed, succeeded, type Outcome, type PeersReason } from "../failure";
import { asText, formatCellAddress, formatRangeAddress, uniqueSheetName } from "../references";
import { cellAt, lineItemDictionary, type Meaning } from "../statements";
import {
  addressOf,
  colOfCompany,
  colOfDirection,
  colOfStatistic,
  companySpan,
  frozenAddress,
  physicalSize,
  place,
  rowOfMetric,
  runOf,
  statisticsOf,
  tableAddress,
  type StatisticId,
  type TableLayout,
} from "./layout";
import {
  betterOf,
  isShare,
  metricCell,
  referTo,
  segmentsOf,
  type Better,
  type MetricId,
  type Missing,
  type PeerCompany,
} from "./metrics";
import { keyOf } from "./periods";
import { periodCount, periodWindow, type PeriodBasis } from "./periodWindow";
import {
  isSize,
  rateKey,
  sizeCell,
  sizeLineOf,
  sizeSource,
  unitFactor,
  type SizeUnit,
} from "./sizes";
import { periodText, type PeerSheetText } from "./text";

export type { PeriodBasis };

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
  /** The id of the company the note is about: peer statistics leave it out. */
  subject?: string | null;
  /** The currency and unit of every size (needed only for size metrics). */
  sizeUnit?: SizeUnit;
  /** Rates typed by the analyst, by rate key (./sizes rateKey); missing or null: blank input cell. */
  rates?: Readonly<Record<string, number | null>>;
  /** Rebuilding a sheet in place: keep its name. */
  sheetName?: string;
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
  /** The value axis: percent for ratios, thousands separators for sizes. */
  axisFormat: string;
  /** Top-left and bottom-right cells of the chart, beside the table. */
  from: string;
  to: string;
}

/** An input cell the analyst types a rate into; the size formulas read it. */
export interface RateCell {
  key: string;
  address: string;
}

export interface PeerSheetPlan {
  sheetName: string;
  /** Every cell from A1: a formula (`=…`), text kept as text (`'…`), a number (a snapshot), or "" for empty. */
  cells: (string | number)[][];
  /** Same shape; null leaves the format alone. */
  numberFormats: (string | null)[][];
  /** The table block (headers, metrics, statistics), from A1. */
  table: string;
  /** Every cell the plan writes, from A1: what FIN owns on the sheet. */
  area: string;
  /** The cells frozen at the top left: the header row(s) and column(s). */
  frozen: string;
  bold: string[];
  colorScales: ColorScalePlan[];
  chart: ChartPlan | null;
  notes: string[];
  rateCells: RateCell[];
  /** Per company (in the request's order), the positions of the periods shown, oldest first. */
  periods: (number | null)[][];
}

export type PlanProblem = Extract<
  PeersReason,
  "noCompanies" | "oneCompany" | "noMetrics" | "noSizeUnit"
>;

export type PlanResult = Outcome<PeerSheetPlan, PlanProblem>;

export const RANK_FORMAT = "0";
export const RATE_FORMAT = "0.0000";
const SIZE_FORMAT = "#,##0.0";

const GOOD = "#63BE7B";
const MIDDLE = "#FFEB84";
const BAD = "#F8696B";

/** The colours of a row's scale, lowest value first. */
export function scaleColours(better: Better): { low: string; mid: string; high: string } {
  if (better === "higher") return { low: BAD, mid: MIDDLE, high: GOOD };
  if (better === "lower") return { low: GOOD, mid: MIDDLE, high: BAD };
  return { low: "#FFFFFF", mid: "#BDD7EE", high: "#5B9BD5" };
}

/** The unit words of a size unit: "USD millions", "百万美元". */
export function unitText(unit: SizeUnit, text: PeerSheetText): string {
  return fill(text.unitText, {
    currency: text.currencies[unit.currency],
    scale: text.scales[String(unit.scale)] ?? String(unit.scale),
  }).trim();
}

export function metricLabel(
  metric: MetricId,
  companies: readonly PeerCompany[],
  text: PeerSheetText,
  sizeUnit?: SizeUnit
): string {
  if (isSize(metric)) {
    const name = text.sizeMetrics[sizeLineOf(metric)];
    return sizeUnit ? fill(text.sizeLabel, { metric: name, unit: unitText(sizeUnit, text) }) : name;
  }
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

/** Display width of a title: CJK characters count twice. */
function titleWidth(title: string): number {
  return [...title].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

type CellMap = Map<string, { value: string | number; format?: string }>;

export function planPeerSheet(request: PlanRequest): PlanResult {
  const { metrics, basis, transpose, text } = request;
  const mode = request.mode ?? "fin";
  if (request.companies.length === 0) return failed("noCompanies");
  if (request.companies.length === 1) return failed("oneCompany");
  if (metrics.length === 0) return failed("noMetrics");
  if (metrics.some(isSize) && !request.sizeUnit) return failed("noSizeUnit");

  // The subject sits first in every group, so the peers are one run of cells.
  const subjectAt = request.companies.findIndex((c) => c.id === request.subject);
  const companies =
    subjectAt < 0
      ? [...request.companies]
      : [request.companies[subjectAt], ...request.companies.filter((_, j) => j !== subjectAt)];
  const subject = subjectAt < 0 ? null : companies[0];
  const n = companies.length;
  const groups = periodCount(basis);
  const windows = companies.map((c) => periodWindow(c.statement, basis));
  const t: TableLayout = {
    companies: n,
    groups,
    metrics: metrics.length,
    transpose,
    statistics: statisticsOf(subject !== null),
  };
  const newest = groups - 1;
  const phys = physicalSize(t);

  const cells: CellMap = new Map();
  const put = (lr: number, lc: number, value: string | number, format?: string) => {
    const p = place(t, lr, lc);
    cells.set(`${p.row},${p.col}`, { value, format });
  };
  const putAt = (row: number, col: number, value: string | number, format?: string) =>
    cells.set(`${row},${col}`, { value, format });

  // Headers: the corner, company names and period labels, statistics, direction.
  put(0, 0, asText(transpose ? text.companyCorner : text.metricCorner));
  put(1, 0, asText(text.period));
  for (let g = 0; g < groups; g++) {
    companies.forEach((c, j) => {
      put(0, colOfCompany(t, g, j), asText(c.name));
      const p = windows[j][g];
      put(1, colOfCompany(t, g, j), p === null ? "" : asText(c.statement.periods[p].label));
    });
  }
  const statisticName: Record<StatisticId, string> = {
    median: text.median,
    mean: text.mean,
    max: text.max,
    min: text.min,
    peerMedian: text.peerMedian,
    peerMean: text.peerMean,
    peerMax: text.peerMax,
    peerMin: text.peerMin,
    difference: text.difference,
    rank: text.subjectRank,
  };
  t.statistics.forEach((s, k) =>
    put(
      0,
      colOfStatistic(t, k),
      asText(fill(statisticName[s], { subject: subject?.name ?? "", count: n }))
    )
  );
  put(0, colOfDirection(t), asText(text.rankOne));

  // The rate inputs sit under the table; size formulas read them by absolute reference.
  const sizeUnit = request.sizeUnit;
  const rateKeys: string[] = [];
  if (sizeUnit && metrics.some(isSize)) {
    for (const c of companies) {
      const key = rateKey(c.statement, c.id, sizeUnit);
      if (key !== null && !rateKeys.includes(key)) rateKeys.push(key);
    }
  }
  const ratesTop = phys.rows + 1;
  const rateCells: RateCell[] = rateKeys.map((key, k) => ({
    key,
    address: formatCellAddress(ratesTop + 1 + k, 1),
  }));
  const rateRef = (key: string | null): string | null => {
    if (key === null) return null;
    const cell = rateCells.find((r) => r.key === key)!;
    return cell.address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  };
  if (sizeUnit && rateCells.length > 0) {
    putAt(ratesTop, 0, asText(text.rates));
    const to = text.currencies[sizeUnit.currency];
    rateCells.forEach(({ key }, k) => {
      const company = companies.find((c) => `?${c.id}` === key);
      const label = company
        ? fill(text.rateUnknown, { company: company.name, to })
        : fill(text.rateRow, { from: text.currencies[key as "CNY" | "USD"] ?? key, to });
      putAt(ratesTop + 1 + k, 0, asText(label));
      const rate = request.rates?.[key];
      putAt(ratesTop + 1 + k, 1, typeof rate === "number" ? rate : "", RATE_FORMAT);
    });
  }

  const missingNotes: string[] = [];
  const partialNotes = new Set<string>();
  const negativeNotes = new Set<string>();
  const rateNotes = new Set<string>();
  const colorScales: ColorScalePlan[] = [];

  metrics.forEach((metric, i) => {
    const r = rowOfMetric(i);
    const label = metricLabel(metric, companies, text, sizeUnit);
    const better = betterOf(metric);
    const size = isSize(metric);
    const format = size ? SIZE_FORMAT : PERCENT_FORMAT;
    put(r, 0, asText(label));
    for (let g = 0; g < groups; g++) {
      companies.forEach((c, j) => {
        const position = windows[j][g];
        const col = colOfCompany(t, g, j);
        if (size && sizeUnit) {
          const source = sizeSource(c.statement, sizeLineOf(metric));
          if (position === null || source === null) {
            put(r, col, "");
            if (g === newest || position !== null)
              missingNotes.push(
                missingNote(
                  position === null
                    ? { kind: "period" }
                    : { kind: "line", meaning: sizeLineOf(metric) },
                  c,
                  label,
                  position,
                  request
                )
              );
            return;
          }
          const key = rateKey(c.statement, c.id, sizeUnit);
          const rate = key === null ? null : (request.rates?.[key] ?? null);
          const grid = cellAt(
            c.statement.orientation,
            source.line.index,
            c.statement.periods[position].index
          );
          put(
            r,
            col,
            sizeCell({
              ref: referTo(c, source.line, position),
              negate: source.negate,
              factor: unitFactor(c.statement, sizeUnit),
              rateRef: rateRef(key),
              values: mode === "values",
              raw: c.values?.[grid.row]?.[grid.column],
              rate,
            }),
            format
          );
          if (key !== null && rate === null)
            rateNotes.add(
              fill(text.rateMissing, {
                company: c.name,
                metric: label,
                cell: rateCells.find((x) => x.key === key)!.address,
              })
            );
          return;
        }
        const cell = metricCell(metric, c, position);
        if ("missing" in cell) {
          put(r, col, "");
          // A company without the period is noted once, at the newest group.
          if (g === newest || cell.missing.kind !== "period")
            missingNotes.push(missingNote(cell.missing, c, label, position, request));
          return;
        }
        put(r, col, render(cell.recipe, mode), format);
        if (cell.partial) partialNotes.add(fill(text.partialSum, { company: c.name }));
        if (cell.negativeCosts)
          negativeNotes.add(fill(text.negativeExpenses, { company: c.name, metric: label }));
      });
    }

    // Statistics over the newest group: the peers (without the subject), or everyone.
    const all = runOf(t, r, colOfCompany(t, newest, 0), colOfCompany(t, newest, n - 1));
    const peers = subject
      ? runOf(t, r, colOfCompany(t, newest, 1), colOfCompany(t, newest, n - 1))
      : all;
    const own = addressOf(t, r, colOfCompany(t, newest, 0));
    const medianAt = addressOf(t, r, colOfStatistic(t, 0));
    const fn: Partial<Record<StatisticId, string>> = {
      median: "MEDIAN",
      mean: "AVERAGE",
      max: "MAX",
      min: "MIN",
      peerMedian: "MEDIAN",
      peerMean: "AVERAGE",
      peerMax: "MAX",
      peerMin: "MIN",
    };
    t.statistics.forEach((s, k) => {
      const col = colOfStatistic(t, k);
      const f = fn[s];
      // MAX and MIN of no numbers are 0 in Excel: a row without figures stays blank instead.
      if (f) put(r, col, `=IF(COUNT(${peers})=0,"",${f}(${peers}))`, format);
      else if (s === "difference")
        put(
          r,
          col,
          size
            ? `=IF(OR(${own}="",${medianAt}=""),"",IF(${medianAt}<=0,"",${own}/${medianAt}-1))`
            : `=IF(OR(${own}="",${medianAt}=""),"",(${own}-${medianAt})*100)`,
          size ? PERCENT_FORMAT : PP_FORMAT
        );
      else
        put(
          r,
          col,
          `=IF(ISNUMBER(${own}),RANK.EQ(${own},${all}${better === "lower" ? ",1" : ""}),"")`,
          RANK_FORMAT
        );
    });
    put(r, colOfDirection(t), asText(text.better[better]));
    colorScales.push({ range: all, better });
  });

  // Notes: the layout, the basis, the subject, calendars, blanks and why, sizes, sources, when.
  const notes: string[] = [];
  const span = companySpan(t);
  notes.push(fill(transpose ? text.layoutDown : text.layoutAcross, span));
  notes.push(
    basis.kind === "latest"
      ? text.basisLatest
      : fill(text.basisCommon, { period: periodText(basis.period, text) })
  );
  const shown = companies
    .map((c, j) => ({ c, p: windows[j][newest] }))
    .filter((x): x is { c: PeerCompany; p: number } => x.p !== null);
  if (groups > 1) {
    const kind = shown[0] ? keyOf(shown[0].c.statement.periods[shown[0].p]).kind : "year";
    notes.push(fill(text.overTime, { count: groups, kind: text.periodKinds[kind] }));
  }
  if (subject) notes.push(fill(text.subjectNote, { subject: subject.name, count: n }));
  const fiscal = shown.filter(({ c, p }) => c.statement.periods[p].fiscal);
  if (fiscal.length > 0 && fiscal.length < shown.length) {
    for (const { c, p } of fiscal)
      notes.push(fill(text.fiscal, { company: c.name, period: c.statement.periods[p].label }));
  }
  const kinds = new Set(shown.map(({ c, p }) => keyOf(c.statement.periods[p]).kind));
  if (kinds.size > 1) notes.push(text.mixedKinds);
  notes.push(...missingNotes, ...partialNotes, ...negativeNotes);
  if (sizeUnit && metrics.some(isSize)) {
    const target = unitText(sizeUnit, text);
    for (const c of companies) {
      if (!c.statement.unit) notes.push(fill(text.noUnit, { company: c.name }));
      const factor = unitFactor(c.statement, sizeUnit);
      notes.push(
        fill(text.sizeScaled, {
          company: c.name,
          unit: c.statement.unit?.label ?? "1",
          factor,
          target,
        })
      );
    }
    notes.push(...rateNotes);
    if (subject) notes.push(text.sizeDifference);
  }
  for (const c of companies) {
    const unit = c.statement.unit ? ` (${c.statement.unit.label})` : "";
    notes.push(fill(text.source, { company: c.name, address: c.address, unit }));
  }
  notes.push(fill(text.writtenAs[mode], { date: request.builtAt }));

  const notesTop = rateCells.length > 0 ? ratesTop + rateCells.length + 2 : phys.rows + 1;
  putAt(notesTop, 0, asText(text.notes));
  notes.forEach((note, k) => putAt(notesTop + 1 + k, 0, asText(note)));
  let height = notesTop + 1 + notes.length;

  let chart: ChartPlan | null = null;
  const chartMetric = request.chartMetric;
  if (chartMetric !== null && metrics.includes(chartMetric)) {
    const i = metrics.indexOf(chartMetric);
    const top = height + 1;
    const label = metricLabel(chartMetric, companies, text, sizeUnit);
    const format = isSize(chartMetric) ? SIZE_FORMAT : PERCENT_FORMAT;
    putAt(top, 0, asText(text.chartData));
    putAt(top + 2, 0, asText(label));
    companies.forEach((_, j) => {
      putAt(top + 1, 1 + j, `=${addressOf(t, 0, colOfCompany(t, newest, j))}`);
      putAt(top + 2, 1 + j, `=${addressOf(t, rowOfMetric(i), colOfCompany(t, newest, j))}`, format);
    });
    height = top + 3;
    const labels = new Set(shown.map(({ c, p }) => c.statement.periods[p].label));
    const basisText =
      basis.kind === "common"
        ? periodText(basis.period, text)
        : labels.size === 1
          ? [...labels][0]
          : text.chartTitleLatest;
    const title = fill(text.chartTitleCommon, { metric: label, basis: basisText });
    // Wide enough for the title on one line: about 9 characters per default column.
    const columns = Math.max(8, Math.ceil(titleWidth(title) / 9) + 2);
    chart = {
      source: formatRangeAddress({ row: top + 1, col: 0, rowCount: 2, colCount: n + 1 }),
      seriesBy: "Rows",
      title,
      axisFormat: isSize(chartMetric) ? "#,##0" : "0%",
      from: formatCellAddress(0, phys.cols + 1),
      to: formatCellAddress(17, phys.cols + columns),
    };
  }

  const width = Math.max(phys.cols, chart ? n + 1 : 1, rateCells.length > 0 ? 2 : 1);
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

  const headerRow = formatRangeAddress({ row: 0, col: 0, rowCount: 1, colCount: phys.cols });
  const labelCol = formatRangeAddress({ row: 0, col: 0, rowCount: phys.rows, colCount: 1 });
  const bold = [headerRow, labelCol, formatCellAddress(notesTop, 0)];
  if (rateCells.length > 0) bold.push(formatCellAddress(ratesTop, 0));

  // Per company in the request's order.
  const periods = request.companies.map((c) => windows[companies.indexOf(c)]);
  return succeeded({
    sheetName: request.sheetName ?? uniqueSheetName(text.sheetName, request.existingSheets),
    cells: grid,
    numberFormats: formats,
    table: tableAddress(t),
    area: formatRangeAddress({ row: 0, col: 0, rowCount: height, colCount: width }),
    frozen: frozenAddress(t),
    bold,
    colorScales,
    chart,
    notes,
    rateCells,
    periods,
  });
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
