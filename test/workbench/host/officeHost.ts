/* Sets up a workbook with the simulated Office.js on a plain object, typed as the real Office.js. */
import { createWorkbook } from "../../../src/workbench/model";
import type { EditableWorkbook } from "../../../src/workbench/model";
import { installOfficeHost } from "../../../src/workbench/host";

export interface Host {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
}

export function setUp(displayLanguage?: string): {
  wb: EditableWorkbook;
  host: Host;
  Excel: typeof Excel;
} {
  const wb = createWorkbook();
  const host = {} as Host;
  installOfficeHost(host, wb, { displayLanguage });
  return { wb, host, Excel: host.Excel };
}

/** The rejection of a promise, for checking its code. */
export async function rejection(p: Promise<unknown>): Promise<{
  code: string;
  message: string;
  debugInfo: { code: string; errorLocation?: string; statement?: string };
}> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected a rejection");
}

export function typeGrid(
  wb: EditableWorkbook,
  sheet: string,
  rows: string[][],
  row = 0,
  col = 0
): void {
  rows.forEach((cells, r) => cells.forEach((v, c) => wb.typeInput(sheet, row + r, col + c, v)));
}
