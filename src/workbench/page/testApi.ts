/*
 * `window.workbench`: what end-to-end tests (ours and others') use through `page.evaluate`. The names
 * are a contract. The readers wait until every FIN cell has its result (Excel on the web shows
 * #BUSY! meanwhile), so a test reads what the person will see; `valuesNow` reads at once.
 */
import type { CellRange, CellValue, ChartModel, SyncRecord } from "../model/types";
import type { Platform } from "../engine/engineContext";
import { formatSheetAddress, isEditable } from "../model";
import { parseAddress } from "./addresses";
import type { PageController } from "./controller";
import { loadCsvSheet } from "./samples";
import type { Session } from "./session";

export interface WorkbenchApi {
  /** Resolves when the functions are registered and the task pane has rendered. */
  ready: Promise<void>;
  /** A new sheet holding the CSV, each cell read as if typed; resolves once it is drawn. */
  loadCsv(sheetName: string, csvText: string): Promise<void>;
  /** As if typed into the cell; `'Sheet'!B2` or `B2` (the active sheet). */
  setCell(address: string, input: string): void;
  /** Selects the range as the person would, switching sheet if the address names another. */
  select(address: string): void;
  values(address: string): Promise<CellValue[][]>;
  /** The values as they are this moment: "#BUSY!" where a FIN result has not arrived. */
  valuesNow(address: string): CellValue[][];
  formulas(address: string): Promise<CellValue[][]>;
  numberFormats(address: string): Promise<string[][]>;
  sheets(): string[];
  charts(sheetName: string): Promise<ChartModel[]>;
  /** `context.sync()` round trips and bytes since the last call. */
  syncs(): SyncRecord;
  /** Resolves once every FIN cell has its result (none shows #BUSY!): await it before reading values. */
  settled(): Promise<void>;
  /** "desktop": empty cells reach FIN's functions as 0, as in desktop Excel; "web" (default): null. */
  setPlatform(platform: Platform): void;
  /** The selected areas' addresses, the active one last (several after Ctrl+click). */
  selectedAreas(): string[];
  /** Protects the sheet (Review › Protect Sheet), or unprotects it with `false`. */
  protect(sheetName: string, on?: boolean): void;
}

declare global {
  interface Window {
    workbench: WorkbenchApi;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function createWorkbenchApi(
  ready: Promise<{ controller: PageController; session: Session }>
): WorkbenchApi {
  let started: { controller: PageController; session: Session } | null = null;
  const whenReady = ready.then((s) => {
    started = s;
  });
  const get = () => {
    if (!started)
      throw new Error("the workbench is not ready yet: await window.workbench.ready first");
    return started;
  };
  const rangeOf = (address: string): CellRange => {
    const { controller } = get();
    const range = parseAddress(address, controller.sheet());
    if (!range) throw new Error(`not an address: ${address}`);
    if (!controller.workbook.sheetNames().includes(range.sheet))
      throw new Error(`no sheet named ${range.sheet}`);
    return range;
  };
  const read = <T>(
    address: string,
    pick: (row: number, col: number, sheet: string) => T
  ): T[][] => {
    const r = rangeOf(address);
    return Array.from({ length: r.rowCount }, (_, i) =>
      Array.from({ length: r.colCount }, (_, j) => pick(r.row + i, r.col + j, r.sheet))
    );
  };
  const settled = () => get().controller.workbook.settled();
  const cell = (sheet: string, row: number, col: number) =>
    get().controller.workbook.cell(sheet, row, col);

  return {
    ready: whenReady,
    async loadCsv(sheetName, csvText) {
      loadCsvSheet(get().controller, sheetName, csvText);
      await nextFrame();
    },
    setCell(address, input) {
      const r = rangeOf(address);
      get().controller.workbook.typeInput(r.sheet, r.row, r.col, input);
    },
    select(address) {
      get().controller.select(rangeOf(address));
    },
    values: async (address) => {
      await settled();
      return read(address, (r, c, s) => cell(s, r, c).value);
    },
    valuesNow: (address) => read(address, (r, c, s) => cell(s, r, c).value),
    formulas: async (address) => {
      await settled();
      return read(address, (r, c, s) => cell(s, r, c).formula);
    },
    numberFormats: async (address) => {
      await settled();
      return read(address, (r, c, s) => cell(s, r, c).numberFormat);
    },
    sheets: () => get().controller.workbook.sheetNames(),
    charts: async (sheetName) => {
      await settled();
      return get()
        .controller.workbook.charts(sheetName)
        .map((c) => ({
          ...c,
          series: c.series.map((s) => ({ ...s, values: [...s.values] })),
          categories: [...c.categories],
        }));
    },
    syncs: () => get().session.takeSyncs(),
    settled,
    setPlatform(platform) {
      const { workbook } = get().controller;
      if (!isEditable(workbook)) throw new Error("this workbook has one platform");
      workbook.setPlatform(platform);
    },
    selectedAreas: () => get().controller.workbook.selectionAreas().map(formatSheetAddress),
    protect(sheetName, on = true) {
      const { workbook } = get().controller;
      if (!isEditable(workbook)) throw new Error("this workbook cannot be edited");
      workbook.updateSheet(sheetName, { protected: on });
    },
  };
}
