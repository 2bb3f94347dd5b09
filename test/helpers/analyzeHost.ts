/* Analyze selection against the simulated host in Node: read a cell by address, count syncs, read the selection. */
import { readSelection, type SelectionRead } from "../../src/excel/analyze";
import { resetSyncCounter, syncCounter } from "../../src/workbench/host";
import type { EditableWorkbook } from "../../src/workbench/model";
import { valueOf } from "./outcome";

/** A1 → the cell's snapshot. */
export function cellAt(wb: EditableWorkbook, address: string, sheet = "Sheet1") {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return wb.cell(sheet, Number(m[2]) - 1, col);
}

/** The round trips and request bytes since the last call. */
export function syncs(): { count: number; bytes: number } {
  const s = syncCounter(globalThis);
  resetSyncCounter(globalThis);
  return s;
}

/** The selection read, which must succeed: its failure, named, when it did not. */
export async function read(): Promise<SelectionRead> {
  return valueOf(await readSelection());
}
