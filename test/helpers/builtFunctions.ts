/* Loads the production build of the FIN functions (dist/functions.js and functions.json) as Excel does. */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import {
  createCustomFunctionsShim,
  CustomFunctionImpl,
} from "../../src/workbench/engine/customFunctionsShim";
import { FunctionsMetadata, registerCustomFunctions } from "../../src/workbench/engine/finPlugin";

export const DIST = path.resolve(__dirname, "../../dist");

export interface BuiltFunctions {
  metadata: FunctionsMetadata;
  registry: Map<string, CustomFunctionImpl>;
  CustomFunctions: ReturnType<typeof createCustomFunctionsShim>["CustomFunctions"];
}

/**
 * Runs dist/functions.js in a fresh context that has only `CustomFunctions` (no DOM, no window),
 * and whatever `globals` adds (the simulated `Office` of a shared runtime).
 */
export function loadBuiltFunctions(globals: object = {}): BuiltFunctions {
  const script = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const metadata = JSON.parse(
    fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
  ) as FunctionsMetadata;
  const shim = createCustomFunctionsShim();
  const context = vm.createContext(
    Object.assign(globals, { CustomFunctions: shim.CustomFunctions })
  );
  vm.runInContext(script, context, { filename: "functions.js" });
  return { metadata, registry: shim.registry, CustomFunctions: shim.CustomFunctions };
}

/**
 * The same, evaluated in this realm so the functions and their arguments share one heap, as in
 * Excel's JavaScript runtime (arrays crossing vm contexts are slower; the benchmark needs this).
 */
export function loadBuiltFunctionsInThisRealm(): BuiltFunctions {
  const script = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const metadata = JSON.parse(
    fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
  ) as FunctionsMetadata;
  const shim = createCustomFunctionsShim();
  const run = vm.compileFunction(script, ["CustomFunctions"], { filename: "functions.js" });
  run(shim.CustomFunctions);
  return { metadata, registry: shim.registry, CustomFunctions: shim.CustomFunctions };
}

let registered: BuiltFunctions | null = null;

/** Registers the built FIN functions in HyperFormula once per test file. */
export function registerBuiltFunctions(): BuiltFunctions {
  if (!registered) {
    registered = loadBuiltFunctions();
    registerCustomFunctions("FIN", registered.metadata, registered.registry);
  }
  return registered;
}
