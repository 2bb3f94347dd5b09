/*
 * One user action = one Excel.run, with a time-out: sync() can hang without an error on the web while
 * a large workbook of custom functions loads (office-js #6678, #6150), and the analyst must be told.
 */
import { ExcelFailure, toExcelFailure } from "./officeErrors";

export const ACTION_TIMEOUT_MS = 60_000;

export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  timeoutMs = ACTION_TIMEOUT_MS
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new ExcelFailure("timeout", `Excel did not answer within ${timeoutMs / 1000} s`)),
      timeoutMs
    );
  });
  try {
    return await Promise.race([Excel.run(batch), timeout]);
  } catch (e) {
    throw toExcelFailure(e);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the page runs inside Excel (or the workbench that plays it). */
export async function isInExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/** "zh" when Office's display language is Chinese, else "en". */
export function displayLanguage(): "zh" | "en" {
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return typeof lang === "string" && lang.toLowerCase().startsWith("zh") ? "zh" : "en";
}
