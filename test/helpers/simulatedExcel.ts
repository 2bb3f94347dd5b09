/* A fresh workbook behind the simulated Office.js: what each Node test of an Excel action starts from. */
import { installOfficeHost } from "../../src/workbench/host";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";

/** A new empty workbook, installed as the `Excel` that src/excel talks to. */
export function freshExcel(): EditableWorkbook {
  const wb = createWorkbook();
  installOfficeHost(globalThis, wb);
  return wb;
}
