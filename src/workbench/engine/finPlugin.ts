/*
 * Registers custom functions in HyperFormula from their Excel metadata (functions.json) and their
 * associated implementations, passing arguments and results the way Excel on the web does:
 * ranges as 2D arrays, an empty cell as null under an `any` parameter (0 on desktop), an omitted
 * optional argument as null, an input error only when the metadata allows errors (else the cell
 * is that error and the function is not called), a returned "" as an empty-looking cell, a
 * CustomFunctions.Error as that error, and the result arriving after #BUSY! when the engine
 * calculates asynchronously.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import { BUSY } from "./calculation";
import { CustomFunctionImpl, ERROR_CODES, ExcelErrorCode } from "./customFunctionsShim";
import { EngineContext, isEngineContext } from "./engineContext";

export interface ParameterMetadata {
  name: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: "scalar" | "matrix" };
}
export interface FunctionsMetadata {
  /** Excel passes error cells to `any` parameters only when this top-level property is true. */
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const TO_HF: Record<ExcelErrorCode, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NULL!": ErrorType.ERROR,
};
const FROM_HF: Partial<Record<ErrorType, ExcelErrorCode>> = Object.fromEntries(
  Object.entries(TO_HF).map(([code, type]) => [type, code as ExcelErrorCode])
);

/** An input error as a custom function sees it (an object with the Excel code). */
function inputError(e: CellError): { code: string; message: string } {
  return { code: FROM_HF[e.type] ?? ERROR_CODES.invalidValue, message: e.message ?? "" };
}

function toJs(v: unknown, blank: null | 0): unknown {
  if (v === EmptyValue) return blank;
  if (v instanceof CellError) return inputError(v);
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val; // rich numbers (%, dates)
  return v;
}

function toHf(v: unknown): unknown {
  if (v === null || v === undefined) return 0; // Excel shows a returned null as 0 (office-js #1503)
  if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === "string" || typeof v === "boolean") return v;
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string" && code in TO_HF) {
    const message = (v as { message?: string }).message || undefined;
    return new CellError(TO_HF[code as ExcelErrorCode], message);
  }
  return new CellError(ErrorType.VALUE, "unsupported result");
}

function fromThrown(e: unknown): CellError {
  const r = toHf(e);
  return r instanceof CellError ? r : new CellError(ErrorType.VALUE, String(e)); // an uncaught exception is #VALUE!
}

/** What the cell holds for what the function returned. */
function fromResult(result: unknown): unknown {
  if (result instanceof CellError) return result;
  if (Array.isArray(result)) {
    const data = result.map((row: unknown[]) => row.map(toHf));
    if (data.length === 1 && data[0].length === 1) return data[0][0];
    return SimpleRangeValue.onlyValues(data as never);
  }
  return toHf(result);
}

function sizeOf(result: unknown): ArraySize {
  if (!Array.isArray(result) || result.length === 0 || !Array.isArray(result[0]))
    return ArraySize.scalar();
  return new ArraySize((result[0] as unknown[]).length, result.length);
}

const isBusy = (v: unknown): v is CellError => v instanceof CellError && v.message === BUSY;

/** The cell's error that stops the call: an input still calculating, or an error Excel won't pass in. */
function stoppingError(raw: unknown[], passesErrors: (i: number) => boolean): CellError | null {
  let first: CellError | null = null;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    const cells = v instanceof SimpleRangeValue ? v.data.flat() : [v];
    for (const c of cells) {
      if (!(c instanceof CellError)) continue;
      if (isBusy(c)) return c;
      if (!first && !passesErrors(i)) first = c;
    }
  }
  return first;
}

/** The calculating cell's #BUSY!: an error value that dependents show too until the result arrives. */
export function busyError(): CellError {
  return new CellError(ErrorType.ERROR, BUSY);
}

/** Builds one HyperFormula plugin class holding every registered function of a namespace. */
export function customFunctionsPlugin(
  namespace: string,
  metadata: FunctionsMetadata,
  registry: Map<string, CustomFunctionImpl>,
  builtIn = false
): { plugin: FunctionPluginDefinition; names: Record<string, string> } {
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  class Plugin extends FunctionPlugin {}
  const proto = Plugin.prototype as unknown as Record<string, unknown>;

  for (const fn of metadata.functions) {
    const impl = registry.get(fn.id.toUpperCase());
    if (!impl) throw new Error(`functions.json lists ${fn.id} but the script never associated it`);
    const formulaId = `${namespace}.${fn.name}`.toUpperCase();
    const method = `fn_${fn.id}`;
    const size = `size_${fn.id}`;
    names[formulaId] = formulaId;
    implemented[formulaId] = {
      method,
      sizeOfResultArrayMethod: size,
      vectorizationForbidden: true,
      parameters: fn.parameters.map((p) => ({
        argumentType:
          p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: Boolean(p.optional),
      })),
    };

    const callWith = (args: unknown[]): unknown => {
      try {
        return impl(...args);
      } catch (e) {
        return fromThrown(e);
      }
    };
    const answer = async (args: unknown[]): Promise<unknown> => {
      try {
        return await impl(...args);
      } catch (e) {
        return fromThrown(e);
      }
    };
    // Excel passes an error only to an `any` parameter, and only when the metadata allows it.
    const passesErrors = (i: number) =>
      metadata.allowErrorForDataTypeAny === true && (fn.parameters[i]?.type ?? "any") === "any";

    proto[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: any) {
      const self = this as any;
      const context: EngineContext | null = isEngineContext(self.config.context)
        ? self.config.context
        : null;
      const blank = context?.platform === "desktop" ? 0 : null;
      return self.runFunction(ast.args, state, self.metadata(formulaId), (...raw: unknown[]) => {
        const stop = stoppingError(raw, passesErrors);
        if (stop) return stop;
        const args = fn.parameters.map((p, i) => {
          const v = raw[i];
          if (v === undefined) return null; // omitted optional argument
          if (p.dimensionality === "matrix") {
            if (v instanceof SimpleRangeValue)
              return v.data.map((row) => row.map((c) => toJs(c, blank)));
            return [[toJs(v, blank)]];
          }
          if (v instanceof CellError) return inputError(v);
          return toJs(v, blank);
        });
        const calculation = builtIn ? null : context?.calculation;
        if (!calculation) return fromResult(callWith(args));
        const outcome = calculation.call(
          state.formulaAddress,
          formulaId,
          JSON.stringify(args),
          () => answer(args)
        );
        return outcome.arrived ? fromResult(outcome.value) : busyError();
      });
    };

    // The spill size Excel will see. Calculating asynchronously: the shape of the result that arrived
    // (one cell until it has). Immediately: the shape the real function returns for inputs of these shapes.
    proto[size] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: any) {
      const self = this as any;
      const context = isEngineContext(self.config.context) ? self.config.context : null;
      if (context?.calculation && !builtIn) {
        return sizeOf(context.calculation.lastResult(state.formulaAddress, formulaId));
      }
      const args = fn.parameters.map((p, i) => {
        const a = ast.args[i];
        if (a === undefined || p.dimensionality !== "matrix") return null;
        const s: ArraySize = self.arraySizeForAst(a, state);
        return Array.from({ length: Math.max(1, s.height) }, () =>
          new Array(Math.max(1, s.width)).fill(null)
        );
      });
      return sizeOf(callWith(args));
    };
  }
  Object.defineProperty(Plugin, "implementedFunctions", { value: implemented });
  return { plugin: Plugin as unknown as FunctionPluginDefinition, names };
}

/** Registers the functions in HyperFormula under `namespace.NAME` (English names in every language). */
export function registerCustomFunctions(
  namespace: string,
  metadata: FunctionsMetadata,
  registry: Map<string, CustomFunctionImpl>,
  /** Excel's own functions written this way (RANK.EQ) calculate at once, never #BUSY!. */
  builtIn = false
): void {
  const { plugin, names } = customFunctionsPlugin(namespace, metadata, registry, builtIn);
  for (const id of Object.keys(names)) {
    if (HyperFormula.getRegisteredFunctionNames("enGB").includes(id))
      HyperFormula.unregisterFunction(id);
  }
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
}
