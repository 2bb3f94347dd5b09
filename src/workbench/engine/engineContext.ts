/* What the custom functions plugin reads from the engine it runs in (HyperFormula's `context` option). */
import type { Calculation } from "./calculation";

/** How empty cells reach an `any` parameter: null on the web, 0 in desktop Excel (office-js #4702). */
export type Platform = "web" | "desktop";

export interface EngineContext {
  platform: Platform;
  /** Null: results go into the cell at once (no #BUSY!). */
  calculation: Calculation | null;
}

export function isEngineContext(v: unknown): v is EngineContext {
  return typeof v === "object" && v !== null && "platform" in v && "calculation" in v;
}
