/*
 * "Write as" is remembered for the workbook, in its settings (Excel.SettingCollection, ExcelApi
 * 1.4): read once when the pane opens, saved in the same round trip as each write.
 */
import type { WriteMode } from "../catalogue";
import { succeeded, type Outcome } from "../failure";
import { runExcel } from "./run";

const SETTING = "FIN.writeAs";
const MODES: readonly WriteMode[] = ["fin", "excel", "values"];

/** The workbook's remembered choice, FIN formulas when none: 1 `context.sync()`. */
export function readWriteAs(): Promise<Outcome<WriteMode>> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTING);
    setting.load("value");
    await context.sync();
    const value = setting.isNullObject ? null : setting.value;
    return succeeded(MODES.find((m) => m === value) ?? "fin");
  });
}

/** Queues saving the choice with the write it belongs to (no round trip of its own). */
export function rememberWriteAs(context: Excel.RequestContext, mode: WriteMode): void {
  context.workbook.settings.add(SETTING, mode);
}
