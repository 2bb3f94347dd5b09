/**
 * The statements FIN finds in a workbook: each sheet's used range, or each Excel table, that the
 * statement reader recognises. Pure: src/excel reads the grids, this decides what they are.
 */
import { parseAddress } from "../references";
import { readStatement, type Statement } from "../statements";
import { metricsOf, type MetricId, type PeerCompany } from "./metrics";
import { latestPosition } from "./periods";

/** A block of cells read from the workbook. */
export interface ReadGrid {
  sheet: string;
  /** The Excel table it is, or null for a sheet's used range. */
  table: string | null;
  /** As Excel gives it: `'Agora Inc.'!A1:C5`. */
  address: string;
  values: unknown[][];
  numberFormats?: string[][];
}

export interface FoundStatement {
  /** `sheet:<name>` or `table:<name>`: what the build reads again. */
  id: string;
  sheet: string;
  table: string | null;
  address: string;
  /** The name the comparison uses unless the analyst edits it: the sheet's (and table's) name. */
  name: string;
  statement: Statement;
  metrics: MetricId[];
  /** Label of the latest reported period, or null when no period has figures. */
  latest: string | null;
}

export function idOf(grid: Pick<ReadGrid, "sheet" | "table">): string {
  return grid.table === null ? `sheet:${grid.sheet}` : `table:${grid.table}`;
}

/** The grid as a statement, or null when the reader does not recognise one. */
export function recognise(grid: ReadGrid, nameOverride?: string): FoundStatement | null {
  const read = readStatement(grid.values, grid.numberFormats);
  if (!read.ok) return null;
  const { statement } = read;
  if (!statement.lines.some((l) => l.meaning === "revenue")) return null;
  const latest = latestPosition(statement);
  return {
    id: idOf(grid),
    sheet: grid.sheet,
    table: grid.table,
    address: grid.address,
    name: nameOverride ?? (grid.table === null ? grid.sheet : `${grid.sheet} ${grid.table}`),
    statement,
    metrics: metricsOf(statement),
    latest: latest === null ? null : statement.periods[latest].label,
  };
}

/** Sheets holding tables are listed by their tables; other sheets by their used range. */
export function findStatements(grids: readonly ReadGrid[]): FoundStatement[] {
  const sheetsWithTables = new Set(
    grids.filter((g) => g.table !== null).map((g) => g.sheet.toLocaleUpperCase())
  );
  const tablesBySheet = new Map<string, number>();
  for (const g of grids) {
    if (g.table !== null) {
      const k = g.sheet.toLocaleUpperCase();
      tablesBySheet.set(k, (tablesBySheet.get(k) ?? 0) + 1);
    }
  }
  const found: FoundStatement[] = [];
  for (const grid of grids) {
    if (grid.table === null && sheetsWithTables.has(grid.sheet.toLocaleUpperCase())) continue;
    // A sheet with one table is named by the sheet alone.
    const alone = grid.table !== null && tablesBySheet.get(grid.sheet.toLocaleUpperCase()) === 1;
    const statement = recognise(grid, alone ? grid.sheet : undefined);
    if (statement) found.push(statement);
  }
  return found;
}

/** A found statement as a company of the comparison, under the analyst's name for it. */
export function asCompany(found: FoundStatement, name: string): PeerCompany {
  const parsed = parseAddress(found.address);
  return {
    id: found.id,
    name: name.trim() === "" ? found.name : name.trim(),
    sheet: found.sheet,
    origin: { row: parsed?.row ?? 0, column: parsed?.col ?? 0 },
    address: found.address,
    statement: found.statement,
  };
}
