/*
 * Starts the workbench as Excel starts FIN: fetch functions.json, give the page the `CustomFunctions`
 * global, run the production functions.js, register what it associated, then open a workbook and
 * the simulated Office.js host that the task pane will talk to.
 */
import { createCustomFunctionsShim } from "../engine/customFunctionsShim";
import { FunctionsMetadata, registerCustomFunctions } from "../engine/finPlugin";
import { installOfficeHost, resetSyncCounter, syncCounter } from "../host";
import { createWorkbook } from "../model";
import type { SyncRecord, WorkbookModel } from "../model/types";

export interface Session {
  workbook: WorkbookModel;
  /** What `Office.context.displayLanguage` reports from now on (the task pane is reloaded to see it). */
  setDisplayLanguage(language: string): void;
  /** Round trips and bytes of `context.sync()` since the last call. */
  takeSyncs(): SyncRecord;
}

export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

export async function startSession(displayLanguage: string): Promise<Session> {
  const response = await fetch("functions.json");
  if (!response.ok)
    throw new Error(`functions.json: HTTP ${response.status} (run npm run build first)`);
  const metadata = (await response.json()) as FunctionsMetadata;
  const shim = createCustomFunctionsShim();
  (window as unknown as { CustomFunctions: unknown }).CustomFunctions = shim.CustomFunctions;
  await loadScript("functions.js");
  registerCustomFunctions("FIN", metadata, shim.registry);

  const workbook = createWorkbook();
  installOfficeHost(window, workbook, { displayLanguage });
  return {
    workbook,
    setDisplayLanguage(language) {
      Office.context.displayLanguage = language;
    },
    takeSyncs() {
      const record = syncCounter(window);
      resetSyncCounter(window);
      return record;
    },
  };
}
