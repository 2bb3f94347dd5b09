/*
 * Puts a simulated Office.js on `target` (window in the browser, a plain object in tests):
 * `Office` (onReady, context.displayLanguage, HostType, PlatformType), `Excel` (run,
 * RequestContext, enums) and `OfficeExtension` (Error, ErrorCodes), all working on `workbook`.
 */
import type { WorkbookModel } from "../model/types";
import type { SyncRecord } from "../model/types";
import { HostContext, SyncCounter } from "./context";
import * as enums from "./enums";
import { HostError } from "./errors";

export interface OfficeHostOptions {
  displayLanguage?: string;
}

/** ExcelApi requirement sets the simulated host answers yes to. */
/** The requirement sets the simulated host implements, at the versions Excel on the web has. */
const SUPPORTED_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
};

/** Versions compare part by part, as Office does: 1.7 is below 1.17. */
function versionAtMost(wanted: string, have: string): boolean {
  const [a, b] = [wanted.split("."), have.split(".")].map((parts) => parts.map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x !== y) return x < y;
  }
  return true;
}

const counters = new WeakMap<object, SyncCounter>();

/** The round trips made through `target`'s Excel.run and RequestContexts since the last reset. */
export function syncCounter(target: object): SyncRecord {
  const c = counters.get(target);
  if (!c) throw new Error("No Office host is installed on this object.");
  return { count: c.count, bytes: c.bytes };
}

/** The bytes read back by those round trips: in all, and in the largest one (capped at 5 MB on the web). */
export function syncResponses(target: object): { bytes: number; largest: number } {
  const c = counters.get(target);
  if (!c) throw new Error("No Office host is installed on this object.");
  return { bytes: c.responseBytes, largest: c.largestResponse };
}

export function resetSyncCounter(target: object): void {
  const c = counters.get(target);
  if (c) {
    c.count = 0;
    c.bytes = 0;
    c.responseBytes = 0;
    c.largestResponse = 0;
  }
}

export function installOfficeHost(
  target: object,
  workbook: WorkbookModel,
  options: OfficeHostOptions = {}
): void {
  const counter: SyncCounter = { count: 0, bytes: 0, responseBytes: 0, largestResponse: 0 };
  counters.set(target, counter);
  const info = { host: enums.HostType.Excel, platform: enums.PlatformType.OfficeOnline };

  class RequestContext extends HostContext {
    constructor() {
      super(workbook, counter);
    }
  }

  type Batch<R> = (context: RequestContext) => Promise<R>;

  /** Excel.run(batch), or Excel.run(objectOrOptions, batch): one context; a last sync if anything is left queued. */
  async function run<R>(...args: unknown[]): Promise<R> {
    const batch = args[args.length - 1] as Batch<R>;
    if (typeof batch !== "function")
      throw new HostError("InvalidArgument", undefined, { message: "Excel.run needs a function." });
    const context = new RequestContext();
    const pending = batch(context);
    if (!pending || typeof (pending as Promise<R>).then !== "function") {
      throw new HostError(
        "RunMustReturnPromise",
        'The batch function passed to the ".run" method didn\'t return a promise.'
      );
    }
    const result = await pending;
    if (context._pending > 0) await context.sync();
    return result;
  }

  const Office = {
    HostType: enums.HostType,
    PlatformType: enums.PlatformType,
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      contentLanguage: options.displayLanguage ?? "en-US",
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          const have = SUPPORTED_SETS[name];
          return have !== undefined && versionAtMost(String(version ?? "1.1"), have);
        },
      },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  const Excel = {
    run,
    RequestContext,
    ErrorCodes: enums.ErrorCodes,
    ChartType: enums.ChartType,
    ChartSeriesBy: enums.ChartSeriesBy,
    ConditionalFormatType: enums.ConditionalFormatType,
    ConditionalFormatColorCriterionType: enums.ConditionalFormatColorCriterionType,
    BorderIndex: enums.BorderIndex,
    BorderLineStyle: enums.BorderLineStyle,
    BorderWeight: enums.BorderWeight,
    HorizontalAlignment: enums.HorizontalAlignment,
    SheetVisibility: enums.SheetVisibility,
    RangeValueType: enums.RangeValueType,
    ClearApplyTo: enums.ClearApplyTo,
    SpecialCellType: enums.SpecialCellType,
    SpecialCellValueType: enums.SpecialCellValueType,
  };

  const OfficeExtension = { Error: HostError, ErrorCodes: enums.OfficeExtensionErrorCodes };

  Object.assign(target, { Office, Excel, OfficeExtension });
}
