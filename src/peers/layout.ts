/**
 * Where the peer table's cells go. The table is planned companies across (one row per metric);
 * `transpose` swaps rows and columns. Columns: the label, then one group of company columns per
 * period shown (oldest first; the subject first in each group), then the statistics, then the
 * direction. Pure geometry: no words, no formulas.
 */
import { columnLetters, formatCellAddress, formatRangeAddress } from "../references";

export type StatisticId =
  | "median"
  | "mean"
  | "max"
  | "min"
  | "peerMedian"
  | "peerMean"
  | "peerMax"
  | "peerMin"
  | "difference"
  | "rank";

export interface TableLayout {
  companies: number;
  /** Periods shown per company. */
  groups: number;
  metrics: number;
  transpose: boolean;
  /** With a subject: the peers' statistics, the difference and the subject's rank. */
  statistics: readonly StatisticId[];
}

export function statisticsOf(hasSubject: boolean): StatisticId[] {
  return hasSubject
    ? ["peerMedian", "peerMean", "peerMax", "peerMin", "difference", "rank"]
    : ["median", "mean", "max", "min"];
}

export const rowOfMetric = (i: number): number => 2 + i;
export const colOfCompany = (t: TableLayout, group: number, j: number): number =>
  1 + group * t.companies + j;
export const colOfStatistic = (t: TableLayout, k: number): number => 1 + t.groups * t.companies + k;
export const colOfDirection = (t: TableLayout): number =>
  1 + t.groups * t.companies + t.statistics.length;

export function logicalSize(t: TableLayout): { rows: number; cols: number } {
  return { rows: 2 + t.metrics, cols: colOfDirection(t) + 1 };
}

/** The sheet cell (0-based) of a logical cell. */
export function place(t: TableLayout, row: number, col: number): { row: number; col: number } {
  return t.transpose ? { row: col, col: row } : { row, col };
}

export function physicalSize(t: TableLayout): { rows: number; cols: number } {
  const { rows, cols } = logicalSize(t);
  return t.transpose ? { rows: cols, cols: rows } : { rows, cols };
}

export function addressOf(t: TableLayout, row: number, col: number): string {
  const p = place(t, row, col);
  return formatCellAddress(p.row, p.col);
}

/** A run of logical cells along one metric row, as one range (`C3:E3`, or `C3:C5` transposed). */
export function runOf(t: TableLayout, row: number, fromCol: number, toCol: number): string {
  const a = addressOf(t, row, fromCol);
  const b = addressOf(t, row, toCol);
  return a === b ? a : `${a}:${b}`;
}

export function tableAddress(t: TableLayout): string {
  const { rows, cols } = physicalSize(t);
  return formatRangeAddress({ row: 0, col: 0, rowCount: rows, colCount: cols });
}

/** The header row(s) and label column(s) kept in view. */
export function frozenAddress(t: TableLayout): string {
  return t.transpose ? "A1:B1" : "A1:A2";
}

/** Where the company cells run: columns B–D across, rows 2–4 down (as the layout note says). */
export function companySpan(t: TableLayout): { first: string; last: string } {
  const last = colOfCompany(t, t.groups - 1, t.companies - 1);
  return t.transpose
    ? { first: String(2), last: String(last + 1) }
    : { first: columnLetters(1), last: columnLetters(last) };
}
