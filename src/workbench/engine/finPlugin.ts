/*
 * Registers custom functions in HyperFormula from their Excel metadata (functions.json) and their
 * associated implementations, passing arguments and results the way Excel on the web does:
 * ranges as 2D arrays, an empty cell as null under an `any` parameter, an omitted optional
 * argument as null, a returned "" as an empty-looking cell, a CustomFunctions.Error as that error.
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
import { CustomFunctionImpl, ERROR_CODES, ExcelErrorCode } from "./customFunctionsShim";

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

function toJs(v: unknown): unknown {
  if (v === EmptyValue) return null;
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

/** Builds one HyperFormula plugin class holding every registered function of a namespace. */
export function customFunctionsPlugin(
  namespace: string,
  metadata: FunctionsMetadata,
  registry: Map<string, CustomFunctionImpl>
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

    proto[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as any;
      return self.runFunction(ast.args, state, self.metadata(formulaId), (...raw: unknown[]) => {
        const args = fn.parameters.map((p, i) => {
          const v = raw[i];
          if (v === undefined) return null; // omitted optional argument
          if (p.dimensionality === "matrix") {
            if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toJs));
            return [[toJs(v)]];
          }
          if (v instanceof CellError) return inputError(v);
          return toJs(v);
        });
        const scalarError = args.find(
          (a, i) => fn.parameters[i].dimensionality !== "matrix" && isErrorArg(a)
        );
        if (scalarError) return toHf(scalarError); // Excel passes an error argument straight through
        const result = callWith(args);
        if (result instanceof CellError) return result;
        if (Array.isArray(result)) {
          const data = result.map((row: unknown[]) => row.map(toHf));
          if (data.length === 1 && data[0].length === 1) return data[0][0];
          return SimpleRangeValue.onlyValues(data as never);
        }
        return toHf(result);
      });
    };

    // The spill size Excel will see: the shape the real function returns for inputs of these shapes.
    proto[size] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as any;
      const args = fn.parameters.map((p, i) => {
        const a = ast.args[i];
        if (a === undefined || p.dimensionality !== "matrix") return null;
        const s: ArraySize = self.arraySizeForAst(a, state);
        return Array.from({ length: Math.max(1, s.height) }, () =>
          new Array(Math.max(1, s.width)).fill(null)
        );
      });
      const result = callWith(args);
      if (!Array.isArray(result) || result.length === 0) return ArraySize.scalar();
      return new ArraySize((result[0] as unknown[]).length, result.length);
    };
  }
  Object.defineProperty(Plugin, "implementedFunctions", { value: implemented });
  return { plugin: Plugin as unknown as FunctionPluginDefinition, names };
}

function isErrorArg(a: unknown): boolean {
  return (
    typeof a === "object" &&
    a !== null &&
    !Array.isArray(a) &&
    typeof (a as { code?: unknown }).code === "string"
  );
}

/** Registers the functions in HyperFormula under `namespace.NAME` (English names in every language). */
export function registerCustomFunctions(
  namespace: string,
  metadata: FunctionsMetadata,
  registry: Map<string, CustomFunctionImpl>
): void {
  const { plugin, names } = customFunctionsPlugin(namespace, metadata, registry);
  for (const id of Object.keys(names)) {
    if (HyperFormula.getRegisteredFunctionNames("enGB").includes(id))
      HyperFormula.unregisterFunction(id);
  }
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
}
