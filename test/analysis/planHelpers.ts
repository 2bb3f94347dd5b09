/* Reading fixtures into statements and looking cells of a plan up by their A1 address. */
import {
  analysisChoices,
  planAnalysis,
  type AnalysisOptions,
  type AnalysisPlan,
  type PlanRequest,
  type StatementSource,
} from "../../src/analysis";
import { parseAddress } from "../../src/references";
import { readStatement, type Statement } from "../../src/statements";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";

export interface Read {
  statement: Statement;
  source: StatementSource;
  grid: string[][];
}

/** A grid as if pasted at `at` (default A1) of "Sheet1" and selected. */
export function readGrid(grid: string[][], at = "A1", sheet = "Sheet1"): Read {
  const result = readStatement(grid);
  if (!result.ok) throw new Error(result.failure.reason);
  const origin = parseAddress(at);
  if (!origin) throw new Error(at);
  return {
    statement: result.value,
    grid,
    source: {
      sheet,
      row: origin.row,
      column: origin.col,
      rowCount: grid.length,
      columnCount: Math.max(...grid.map((r) => r.length)),
    },
  };
}

export function readFixture(name: string, at = "A1", sheet = "Sheet1"): Read {
  return readGrid(fixture(name), at, sheet);
}

export function defaults(
  statement: Statement,
  change: Partial<AnalysisOptions> = {}
): AnalysisOptions {
  return { ...analysisChoices(statement).defaults, ...change };
}

export function plan(
  read: Read,
  change: Partial<AnalysisOptions> = {},
  request: Partial<PlanRequest> = {}
): AnalysisPlan {
  const result = planAnalysis({
    statement: read.statement,
    source: read.source,
    options: defaults(read.statement, change),
    placement: "beside",
    usedRange: read.source,
    ...request,
  });
  if (!result.ok) throw new Error(result.failure.reason);
  return result.value;
}

function offset(p: AnalysisPlan, address: string): [number, number] {
  const a = parseAddress(address);
  if (!a) throw new Error(address);
  const r = a.row - p.area.row;
  const c = a.col - p.area.column;
  if (r < 0 || c < 0 || r >= p.area.rowCount || c >= p.area.columnCount)
    throw new Error(`${address} is outside the block ${p.address}`);
  return [r, c];
}

/** What the plan writes into the cell at `address` (through range.formulas). */
export function written(p: AnalysisPlan, address: string): string | number | null {
  const [r, c] = offset(p, address);
  return unguarded(p.formulas[r][c]);
}

export function formatAt(p: AnalysisPlan, address: string): string | null {
  const [r, c] = offset(p, address);
  return p.numberFormats[r][c];
}

/** The row (across) of the block whose label is `label`, as written (with its apostrophe). */
export function rowLabelled(p: AnalysisPlan, label: string): (string | number | null)[] {
  const row = p.formulas.find((cells) => cells.includes(`'${label}`));
  if (!row)
    throw new Error(
      `no row labelled ${label}: ${p.formulas.map((r) => r.find((x) => typeof x === "string" && x.startsWith("'"))).join(" | ")}`
    );
  return row.map(unguarded);
}

/** The column (periods down) of the block whose label is `label`. */
export function columnLabelled(p: AnalysisPlan, label: string): (string | number | null)[] {
  const width = p.formulas[0].length;
  for (let c = 0; c < width; c++) {
    const column = p.formulas.map((row) => row[c]);
    if (column.includes(`'${label}`)) return column.map(unguarded);
  }
  throw new Error(`no column labelled ${label}`);
}

export function labels(p: AnalysisPlan): string[] {
  return p.rows.map((r) => r.label);
}
