/* "Load sample workbook": the test fixtures, each on a sheet named after its company. */
import { isEditable } from "../model";
import type { PageController } from "./controller";
import { parseDelimited } from "./delimited";

export const SAMPLES = [
  { sheet: "Ximalaya", file: "samples/ximalaya-annual-2018-2020.csv" },
  { sheet: "Agora", file: "samples/agora-quarterly-q1-2021-2022.csv" },
];

/** Wide enough for the line items in column A (Excel's default 64 px cuts them off). */
const LABEL_COLUMN_WIDTH = 150;

/** Excel adds " (2)" to a name that is taken; so does the workbench, so loading twice works. */
function freeName(taken: string[], name: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  let i = 2;
  while (lower.has(`${name} (${i})`.toLowerCase())) i++;
  return `${name} (${i})`;
}

/** Puts CSV text on a new sheet, each cell read as typed, and shows that sheet. */
export function loadCsvSheet(controller: PageController, sheetName: string, csvText: string): void {
  const wb = controller.workbook;
  wb.addSheet(sheetName);
  parseDelimited(csvText, ",").forEach((cells, r) =>
    cells.forEach((input, c) => input !== "" && wb.typeInput(sheetName, r, c, input))
  );
  controller.activateSheet(sheetName);
}

export async function loadSampleWorkbook(controller: PageController): Promise<void> {
  const texts = await Promise.all(
    SAMPLES.map(async (s) => {
      const r = await fetch(s.file);
      if (!r.ok) throw new Error(`${s.file}: HTTP ${r.status}`);
      return r.text();
    })
  );
  const names = SAMPLES.map((s, i) => {
    const name = freeName(controller.workbook.sheetNames(), s.sheet);
    loadCsvSheet(controller, name, texts[i]);
    // Headings bold, as an analyst would set them.
    const wb = controller.workbook;
    const used = wb.usedRange(name);
    if (used) {
      for (let c = 0; c < used.col + used.colCount; c++)
        wb.setFormat(name, 0, c, { bold: true, borderBottom: "thin" });
    }
    if (isEditable(wb)) wb.setColumnWidth(name, 0, LABEL_COLUMN_WIDTH);
    return name;
  });
  controller.activateSheet(names[0]);
}
