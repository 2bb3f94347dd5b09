/*
 * Reads a chart's series and categories from its source range the way Excel lays them out: a
 * first row or column of text is taken as names, the rest as numbers (anything else is a gap).
 * "Auto" is read as series in columns, which is what Excel on the web does.
 */
import type { CellRange, CellValue, ChartModel } from "./types";

export function chartData(
  source: CellRange,
  seriesBy: ChartModel["seriesBy"],
  valueAt: (row: number, col: number) => CellValue
): Pick<ChartModel, "series" | "categories"> {
  const grid: CellValue[][] = [];
  for (let r = 0; r < source.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < source.colCount; c++) row.push(valueAt(source.row + r, source.col + c));
    grid.push(row);
  }
  // Lay the grid out as series in rows.
  const lines = seriesBy === "Rows" ? grid : grid[0].map((_, c) => grid.map((row) => row[c]));
  const isLabel = (v: CellValue) => typeof v === "string" && v !== "" && !v.startsWith("#");
  const namesFirst = lines.length > 0 && lines.some((line) => isLabel(line[0]));
  const categoriesFirst = lines.length > 1 && lines[0].slice(namesFirst ? 1 : 0).some(isLabel);
  const body = categoriesFirst ? lines.slice(1) : lines;
  const skip = namesFirst ? 1 : 0;
  const width = (lines[0]?.length ?? 0) - skip;
  return {
    categories: categoriesFirst
      ? lines[0].slice(skip).map((v) => String(v))
      : Array.from({ length: Math.max(0, width) }, (_, i) => String(i + 1)),
    series: body.map((line, i) => ({
      name: namesFirst ? String(line[0]) : `Series${i + 1}`,
      values: line.slice(skip).map((v) => (typeof v === "number" ? v : null)),
    })),
  };
}
