/*
 * The workbench's workbook on HyperFormula: the engine keeps values and formulas and calculates;
 * this module keeps what HyperFormula doesn't (number formats, cell formats, sheet settings,
 * charts, conditional formats, tables, selection) and reads cells back as Office.js reports them.
 */
import { Arrival, BUSY, Calculation } from "../engine/calculation";
import type { EngineContext, Platform } from "../engine/engineContext";
import { createExcelEngine } from "../engine/excelEngine";
import { DetailedCellError } from "hyperformula";
import type { RawCellContent, SimpleCellAddress } from "hyperformula";
import {
  formatSheetAddress,
  isOnGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
} from "../../references";
import type {
  ChartChange,
  ClearApplyTo,
  EditableWorkbook,
  NewChart,
  SheetChange,
  TableModel,
} from "./editing";
import { WorkbookError } from "./errors";
import { fromEngineFormula, toEngineFormula } from "./formulaText";
import { GENERAL, formatValue } from "./numberFormat";
import { checkSheetName, findSheetName } from "./sheetNames";
import { chartData } from "./chartData";
import { readInput, ReadInput } from "./typedInput";
import type {
  CellContent,
  CellFormat,
  CellRange,
  CellSnapshot,
  CellValue,
  ChartModel,
  ConditionalFormatModel,
  SheetModel,
} from "./types";

/** Excel on the web's default chart: 5 × 3 inches, in CSS pixels. */
export const DEFAULT_CHART_WIDTH = 480;
export const DEFAULT_CHART_HEIGHT = 288;

const EXCEL_ERRORS = new Set([
  "#DIV/0!",
  "#VALUE!",
  "#N/A",
  "#NUM!",
  "#NAME?",
  "#REF!",
  "#SPILL!",
  "#NULL!",
]);

interface ChartSpec extends NewChart {
  id: string;
  name: string;
  title: string;
  valueAxisFormat: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

interface SheetState extends SheetModel {
  engineId: number;
  numberFormats: Map<string, string>;
  formats: Map<string, CellFormat>;
  /** Cells holding a value or a formula: what the used range is made of, without scanning the grid. */
  filled: Set<string>;
  formulaCells: Set<string>;
  charts: ChartSpec[];
  conditionalFormats: ConditionalFormatModel[];
  /** The selected areas, the active one last (Ctrl+click adds one). */
  areas: CellRange[];
}

export interface WorkbookOptions {
  licenseKey?: string;
  /** "desktop": empty cells reach custom functions as 0, as in desktop Excel. Default "web". */
  platform?: Platform;
  /** "async" (default, as Excel on the web): a custom function's cell shows #BUSY! until its result arrives. */
  calculation?: "async" | "immediate";
}

/** The engine's internals that mark one cell for recalculation without writing it again. */
interface EngineInternals {
  dependencyGraph: {
    getCell(address: SimpleCellAddress): object | undefined;
    graph: { markNodeAsDirty(vertex: object): void };
  };
  recomputeIfDependencyGraphNeedsIt(): unknown;
}

const key = (row: number, col: number) => `${row},${col}`;
const unkey = (k: string) => k.split(",").map(Number) as [number, number];

export function createWorkbook(options: WorkbookOptions = {}): EditableWorkbook {
  const context: EngineContext = { platform: options.platform ?? "web", calculation: null };
  if (options.calculation !== "immediate") context.calculation = new Calculation(recalculate);
  const hf = createExcelEngine(context, options.licenseKey);
  const sheets: SheetState[] = [];
  const usedCache = new Map<string, CellRange | null>();
  const tables: TableModel[] = [];
  const listeners = new Set<() => void>();
  let active = "";
  let dirty = false;
  let notifyQueued = false;
  let nextId = 1;

  function notify(): void {
    usedCache.clear();
    if (notifyQueued) return;
    notifyQueued = true;
    // One redraw for a whole sync or paste rather than one per cell.
    queueMicrotask(() => {
      notifyQueued = false;
      for (const listener of [...listeners]) listener();
    });
  }

  function state(name: string): SheetState {
    const found = findSheetName(
      name,
      sheets.map((s) => s.name)
    );
    const st = found === null ? undefined : sheets.find((s) => s.name === found);
    if (!st) throw new WorkbookError("ItemNotFound", `There is no sheet named "${name}".`);
    return st;
  }

  function addSheet(name: string): void {
    checkSheetName(
      name,
      sheets.map((s) => s.name)
    );
    hf.addSheet(name);
    const engineId = hf.getSheetId(name)!;
    sheets.push({
      name,
      engineId,
      frozenRows: 0,
      frozenColumns: 0,
      protected: false,
      columnWidths: new Map(),
      visibility: "Visible",
      numberFormats: new Map(),
      formats: new Map(),
      filled: new Set(),
      formulaCells: new Set(),
      charts: [],
      conditionalFormats: [],
      areas: [{ sheet: name, row: 0, col: 0, rowCount: 1, colCount: 1 }],
    });
    if (active === "") active = name;
    notify();
  }

  function writable(sheet: string): SheetState {
    const st = state(sheet);
    if (st.protected)
      throw new WorkbookError("AccessDenied", `The sheet "${st.name}" is protected.`);
    return st;
  }

  function address(st: SheetState, row: number, col: number): SimpleCellAddress {
    if (!isOnGrid({ row, col, rowCount: 1, colCount: 1 }))
      throw new WorkbookError("InvalidArgument", `Cell (${row}, ${col}) is off the grid.`);
    return { sheet: st.engineId, row, col };
  }

  function setContent(st: SheetState, row: number, col: number, content: RawCellContent): void {
    hf.setCellContents(address(st, row, col), [[content]]);
    if (typeof content === "string" && content.startsWith("=")) st.formulaCells.add(key(row, col));
    else st.formulaCells.delete(key(row, col));
    if (content === null) st.filled.delete(key(row, col));
    else st.filled.add(key(row, col));
    dirty = true;
    notify();
  }

  function writeRead(
    st: SheetState,
    row: number,
    col: number,
    read: ReadInput,
    fromSign: boolean
  ): void {
    switch (read.kind) {
      case "empty":
        return setContent(st, row, col, null);
      case "formula": {
        const engine = toEngineFormula(read.formula);
        if (!hf.validateFormula(engine)) {
          // "+5%x" or "- Cost of revenue": not a formula after all; keep what was typed.
          if (fromSign) return setContent(st, row, col, `'${read.formula.slice(1)}`);
          throw new WorkbookError(
            "InvalidArgument",
            `There's a problem with this formula: ${read.formula}`
          );
        }
        return setContent(st, row, col, engine);
      }
      case "number":
        if (read.numberFormat && (st.numberFormats.get(key(row, col)) ?? GENERAL) === GENERAL) {
          st.numberFormats.set(key(row, col), read.numberFormat);
        }
        return setContent(st, row, col, read.value);
      case "boolean":
        return setContent(st, row, col, read.value);
      case "text":
        return setContent(st, row, col, `'${read.value}`); // the apostrophe keeps the engine from reading it
    }
  }

  function writeAny(sheet: string, row: number, col: number, value: unknown): void {
    if (value === null || value === undefined) return; // Office.js: null leaves the cell as it is
    const st = writable(sheet);
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        throw new WorkbookError("InvalidArgument", `${value} is not a number Excel can hold.`);
      return setContent(st, row, col, value);
    }
    if (typeof value === "boolean") return setContent(st, row, col, value);
    if (typeof value === "string")
      return writeRead(st, row, col, readInput(value), !value.startsWith("="));
    throw new WorkbookError(
      "InvalidArgument",
      `A cell can't hold ${Object.prototype.toString.call(value)}.`
    );
  }

  /** One area, or several (Ctrl+click), all on one sheet, which becomes the active sheet. */
  function selectAreas(areas: CellRange[]): void {
    if (areas.length === 0) throw new WorkbookError("InvalidArgument", "Nothing to select.");
    const st = state(areas[0].sheet);
    for (const area of areas) {
      if (!isOnGrid(area))
        throw new WorkbookError("InvalidArgument", "The selection is off the grid.");
      if (state(area.sheet) !== st)
        throw new WorkbookError("InvalidArgument", "A selection is on one sheet.");
    }
    st.areas = areas.map((a) => ({ ...a, sheet: st.name }));
    active = st.name;
    notify();
  }

  /**
   * Custom functions' results have arrived: the engine evaluates their cells (and dependents) again.
   * A cell that spills, or spilled, is written again so that the engine sizes its array afresh;
   * the others are only marked for recalculation (writing thousands of formulas again is slow).
   */
  function recalculate(arrivals: Arrival[]): void {
    const engine = hf as unknown as EngineInternals;
    const rewrite: SimpleCellAddress[] = [];
    for (const { address: addr, spills } of arrivals) {
      const vertex = engine.dependencyGraph.getCell(addr);
      if (!vertex || !hf.doesCellHaveFormula(addr)) continue; // overwritten meanwhile
      if (spills || "array" in vertex) rewrite.push(addr);
      else engine.dependencyGraph.graph.markNodeAsDirty(vertex);
    }
    hf.batch(() => {
      for (const addr of rewrite) hf.setCellContents(addr, [[hf.getCellFormula(addr)!]]);
    });
    engine.recomputeIfDependencyGraphNeedsIt();
    dirty = true;
    notify();
  }

  /** Gives custom functions the platform's blanks from now on, recalculating every formula. */
  function setPlatform(platform: Platform): void {
    if (context.platform === platform) return;
    context.platform = platform;
    const cells = sheets.flatMap((st) =>
      [...st.formulaCells].map((k) => ({ sheet: st.engineId, row: unkey(k)[0], col: unkey(k)[1] }))
    );
    hf.batch(() => {
      for (const addr of cells) hf.setCellContents(addr, [[hf.getCellFormula(addr)!]]);
    });
    dirty = true;
    notify();
  }

  /** HyperFormula sizes an array once; Excel re-spills when the cells in the way are cleared. */
  function settle(): void {
    if (!dirty) return;
    dirty = false;
    for (const st of sheets) {
      for (const k of st.formulaCells) {
        const [row, col] = unkey(k);
        const addr = { sheet: st.engineId, row, col };
        const v = hf.getCellValue(addr);
        if (v instanceof DetailedCellError && v.type === "SPILL") {
          const formula = hf.getCellFormula(addr);
          if (formula) hf.setCellContents(addr, [[formula]]);
          usedCache.clear();
        }
      }
    }
  }

  function readValue(
    st: SheetState,
    row: number,
    col: number
  ): { value: CellValue; error: CellSnapshot["error"] } {
    const raw = hf.getCellValue({ sheet: st.engineId, row, col });
    if (raw instanceof DetailedCellError) {
      if (raw.type === "CYCLE") return { value: 0, error: null }; // Excel shows 0 and warns of the circular reference
      if (raw.type === "ERROR" && raw.message === BUSY)
        return { value: BUSY, error: { code: BUSY, message: "" } };
      const code = EXCEL_ERRORS.has(raw.value) ? raw.value : "#VALUE!";
      return { value: code, error: { code, message: raw.message ?? "" } };
    }
    return { value: raw === null || raw === undefined ? "" : (raw as CellValue), error: null };
  }

  function cell(sheet: string, row: number, col: number): CellSnapshot {
    const st = state(sheet);
    settle();
    const addr = address(st, row, col);
    const { value, error } = readValue(st, row, col);
    const formula = hf.getCellFormula(addr);
    const numberFormat = st.numberFormats.get(key(row, col)) ?? GENERAL;
    return {
      value,
      formula: formula ? fromEngineFormula(formula) : value,
      numberFormat,
      text: error ? error.code : formatValue(value, numberFormat),
      error,
      spilled: hf.getCellType(addr) === "ARRAY",
      format: { ...(st.formats.get(key(row, col)) ?? {}) },
    };
  }

  /** What the cells of a range hold, without text or format: cheap enough to scan a large range. */
  function contents(range: CellRange): CellContent[][] {
    const st = state(range.sheet);
    settle();
    if (range.rowCount <= 0 || range.colCount <= 0) return [];
    const values = hf.getRangeValues({
      start: { sheet: st.engineId, row: range.row, col: range.col },
      end: {
        sheet: st.engineId,
        row: range.row + range.rowCount - 1,
        col: range.col + range.colCount - 1,
      },
    });
    return values.map((cells, r) =>
      cells.map((raw, c) => {
        const k = key(range.row + r, range.col + c);
        const value = raw === null || raw === undefined ? "" : raw;
        // A cell with a value that nobody typed is part of a formula's spilled array.
        const formula = st.formulaCells.has(k) || (!st.filled.has(k) && value !== "");
        if (!(raw instanceof DetailedCellError))
          return { value: value as CellValue, error: false, formula };
        // A circular reference shows 0 in Excel (as readValue reads it); any other error is one.
        const cycle = raw.type === "CYCLE";
        return { value: cycle ? 0 : raw.value, error: !cycle, formula };
      })
    );
  }

  /** How far a formula's array spills from its cell (1 × 1 when it doesn't). */
  function spillSize(st: SheetState, row: number, col: number): [number, number] {
    const spills = (r: number, c: number) =>
      r < MAX_ROWS &&
      c < MAX_COLUMNS &&
      hf.getCellType({ sheet: st.engineId, row: r, col: c }) === "ARRAY";
    let width = 1;
    while (spills(row, col + width)) width++;
    let height = 1;
    while (spills(row + height, col)) height++;
    return [height, width];
  }

  function usedRange(sheet: string, valuesOnly = false): CellRange | null {
    const st = state(sheet);
    settle();
    const cacheKey = `${st.engineId}|${valuesOnly}`;
    const cached = usedCache.get(cacheKey);
    if (cached !== undefined) return cached === null ? null : { ...cached };
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    const take = (row: number, col: number, height = 1, width = 1) => {
      r1 = Math.min(r1, row);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, row + height - 1);
      c2 = Math.max(c2, col + width - 1);
    };
    for (const k of st.filled) {
      const [row, col] = unkey(k);
      if (st.formulaCells.has(k)) take(row, col, ...spillSize(st, row, col));
      else take(row, col);
    }
    if (!valuesOnly) {
      for (const k of st.numberFormats.keys()) take(...unkey(k));
      for (const k of st.formats.keys()) take(...unkey(k));
    }
    const used =
      r2 < 0
        ? null
        : { sheet: st.name, row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
    usedCache.set(cacheKey, used);
    return used === null ? null : { ...used };
  }

  const inRange = (range: CellRange, row: number, col: number) =>
    row >= range.row &&
    row < range.row + range.rowCount &&
    col >= range.col &&
    col < range.col + range.colCount;

  function clear(range: CellRange, applyTo: ClearApplyTo = "All"): void {
    const st = writable(range.sheet);
    if (applyTo !== "Formats") {
      // Only filled cells: a whole column is a million cells, nearly all empty.
      for (const k of [...st.filled])
        if (inRange(range, ...unkey(k))) setContent(st, ...unkey(k), null);
    }
    if (applyTo !== "Contents") {
      for (const map of [st.numberFormats, st.formats]) {
        for (const k of [...map.keys()]) if (inRange(range, ...unkey(k))) map.delete(k);
      }
    }
    notify();
  }

  function chartModel(st: SheetState, spec: ChartSpec): ChartModel {
    const data = chartData(
      spec.source,
      spec.seriesBy,
      (r, c) => cell(spec.source.sheet, r, c).value
    );
    return {
      id: spec.id,
      name: spec.name,
      type: spec.type,
      title: spec.title,
      source: formatSheetAddress(spec.source),
      seriesBy: spec.seriesBy,
      series: data.series,
      categories: data.categories,
      valueAxisFormat: spec.valueAxisFormat,
      top: spec.top,
      left: spec.left,
      width: spec.width,
      height: spec.height,
    };
  }

  const overlaps = (a: CellRange, b: CellRange) =>
    a.sheet.toLocaleUpperCase() === b.sheet.toLocaleUpperCase() &&
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount;

  addSheet("Sheet1");

  return {
    sheetNames: () => sheets.map((s) => s.name),
    activeSheet: () => active,
    activate(sheet) {
      active = state(sheet).name;
      notify();
    },
    addSheet,
    renameSheet(sheet: string, name: string) {
      const st = state(sheet);
      checkSheetName(
        name,
        sheets.filter((s) => s !== st).map((s) => s.name)
      );
      const old = st.name;
      hf.renameSheet(st.engineId, name);
      const moved = <T extends { sheet: string }>(r: T): T =>
        r.sheet === old ? { ...r, sheet: name } : r;
      st.name = name;
      st.areas = st.areas.map(moved);
      if (active === old) active = name;
      for (const other of sheets) {
        for (const chart of other.charts) chart.source = moved(chart.source);
      }
      for (let i = 0; i < tables.length; i++) {
        if (tables[i].sheet === old)
          tables[i] = { ...tables[i], sheet: name, range: moved(tables[i].range) };
      }
      for (const cf of st.conditionalFormats) {
        const parsed = parseAddress(cf.range);
        if (parsed) cf.range = formatSheetAddress({ ...parsed, sheet: name });
      }
      notify();
    },
    sheet: (name) => state(name),
    cell,
    contents,
    usedRange,
    typeInput(sheet, row, col, input) {
      const st = writable(sheet);
      writeRead(st, row, col, readInput(input), !input.startsWith("="));
    },
    writeValue: writeAny,
    writeFormula: writeAny,
    setNumberFormat(sheet, row, col, format) {
      const st = writable(sheet);
      address(st, row, col);
      if (format === "" || format === GENERAL) st.numberFormats.delete(key(row, col));
      else st.numberFormats.set(key(row, col), format);
      notify();
    },
    setFormat(sheet, row, col, format) {
      const st = writable(sheet);
      address(st, row, col);
      const merged: CellFormat = { ...(st.formats.get(key(row, col)) ?? {}), ...format };
      for (const k of Object.keys(merged) as (keyof CellFormat)[])
        if (merged[k] === undefined) delete merged[k];
      if (Object.keys(merged).length === 0) st.formats.delete(key(row, col));
      else st.formats.set(key(row, col), merged);
      notify();
    },
    selection: () => {
      const areas = state(active).areas;
      return { ...areas[areas.length - 1] };
    },
    selectionAreas: () => state(active).areas.map((a) => ({ ...a })),
    select(range) {
      selectAreas([range]);
    },
    selectAreas,
    charts: (sheet) => {
      const st = state(sheet);
      return st.charts.map((spec) => chartModel(st, spec));
    },
    conditionalFormats: (sheet) => state(sheet).conditionalFormats.map((cf) => ({ ...cf })),
    settled: () => context.calculation?.settled() ?? Promise.resolve(),
    platform: () => context.platform,
    setPlatform,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    clear,
    updateSheet(sheet: string, change: SheetChange) {
      const st = state(sheet);
      for (const n of [change.frozenRows, change.frozenColumns]) {
        if (n !== undefined && (!Number.isInteger(n) || n < 0))
          throw new WorkbookError("InvalidArgument", `Can't freeze ${n} rows or columns.`);
      }
      if (change.visibility && change.visibility !== "Visible" && st.name === active) {
        // Excel won't hide the active sheet without another to show.
        if (sheets.filter((s) => s.visibility === "Visible").length <= 1) {
          throw new WorkbookError(
            "InvalidArgument",
            "A workbook must keep at least one visible sheet."
          );
        }
      }
      Object.assign(st, change);
      notify();
    },
    setColumnWidth(sheet: string, col: number, width: number) {
      const st = writable(sheet);
      if (!(width >= 0))
        throw new WorkbookError("InvalidArgument", `${width} is not a column width.`);
      st.columnWidths.set(col, width);
      notify();
    },
    addChart(sheet: string, chart: NewChart): ChartModel {
      const st = writable(sheet);
      const n = st.charts.length + 1;
      const spec: ChartSpec = {
        ...chart,
        source: { ...chart.source, sheet: state(chart.source.sheet).name },
        id: `chart-${nextId++}`,
        name: `Chart ${n}`,
        title: "",
        valueAxisFormat: "General",
        top: chart.source.row,
        left: chart.source.col + chart.source.colCount + 1,
        width: DEFAULT_CHART_WIDTH,
        height: DEFAULT_CHART_HEIGHT,
      };
      st.charts.push(spec);
      notify();
      return chartModel(st, spec);
    },
    updateChart(sheet: string, id: string, change: ChartChange) {
      const st = state(sheet);
      const spec = st.charts.find((c) => c.id === id);
      if (!spec) throw new WorkbookError("ItemNotFound", `There is no chart ${id} on "${sheet}".`);
      Object.assign(spec, change);
      notify();
    },
    addConditionalFormat(range: CellRange, type: string): ConditionalFormatModel {
      const st = writable(range.sheet);
      const cf: ConditionalFormatModel = {
        id: `cf-${nextId++}`,
        range: formatSheetAddress({ ...range, sheet: st.name }),
        type,
      };
      st.conditionalFormats.unshift(cf);
      notify();
      return { ...cf };
    },
    updateConditionalFormat(sheet: string, id: string, criteria: Record<string, unknown>) {
      const cf = state(sheet).conditionalFormats.find((c) => c.id === id);
      if (!cf) throw new WorkbookError("ItemNotFound", `There is no conditional format ${id}.`);
      cf.criteria = criteria;
      notify();
    },
    tables: (sheet?: string) => {
      const name = sheet === undefined ? null : state(sheet).name;
      return tables
        .filter((t) => name === null || t.sheet === name)
        .map((t) => ({ ...t, range: { ...t.range } }));
    },
    addTable(range: CellRange, hasHeaders: boolean): TableModel {
      const st = writable(range.sheet);
      if (tables.some((t) => overlaps(t.range, range))) {
        throw new WorkbookError("MergedRangeConflict", "A table can't overlap another table.");
      }
      let n = tables.length + 1;
      while (tables.some((t) => t.name.toLocaleUpperCase() === `TABLE${n}`)) n++;
      const table: TableModel = {
        name: `Table${n}`,
        sheet: st.name,
        range: { ...range, sheet: st.name },
        hasHeaders,
      };
      tables.push(table);
      notify();
      return { ...table, range: { ...table.range } };
    },
  };
}
