/*
 * One user action = one Excel.run. sync() can hang without an error on the web while a large
 * workbook of custom functions loads (office-js #6678, #6150), and Excel.run cannot be cancelled:
 * racing it against a timer would leave its writes landing after the pane had given up, and a retry
 * would write twice. So after the time-out the action is reported "still running in Excel", no other
 * action may start, and the caller gets what Excel.run actually did once it settles. Nothing throws
 * out of here: an Office.js error becomes a failed Outcome.
 */
import { failed, type Outcome } from "../failure";
import { officeFailure } from "./officeErrors";
import { languageOf } from "../locale";

export const ACTION_TIMEOUT_MS = 60_000;

/** idle; running (within the time-out); stillRunning (past it, Excel has not answered yet). */
export type ActionState = "idle" | "running" | "stillRunning";

let state: ActionState = "idle";
const listeners = new Set<() => void>();

function setState(next: ActionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Where FIN's one Excel action stands now. */
export function actionState(): ActionState {
  return state;
}

/** Calls `listener` whenever the action state changes; returns the unsubscribe function. */
export function onActionState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<Outcome<T>>,
  timeoutMs = ACTION_TIMEOUT_MS
): Promise<Outcome<T>> {
  if (state !== "idle") return failed("stillRunning");
  setState("running");
  const timer = setTimeout(() => setState("stillRunning"), timeoutMs);
  try {
    return await Excel.run(batch);
  } catch (e) {
    return { ok: false, failure: officeFailure(e) };
  } finally {
    clearTimeout(timer);
    setState("idle");
  }
}

/** True when the page runs inside Excel (or the workbench that plays it). */
export async function isInExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

export { SIMPLIFIED_CHINESE_LOCALES } from "../locale";

/** "zh" when Office's display language is one FIN shows in Simplified Chinese, else "en". */
export function displayLanguage(): "zh" | "en" {
  return languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}
