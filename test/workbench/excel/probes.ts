/*
 * Probe custom functions registered from hand-written metadata, as an add-in's functions.json
 * and `CustomFunctions.associate` would register them: they record what Excel passed in.
 */
import type { CustomFunctionImpl } from "../../../src/workbench/engine/customFunctionsShim";
import {
  FunctionsMetadata,
  registerCustomFunctions,
} from "../../../src/workbench/engine/finPlugin";

export interface Probe {
  /** The arguments of every call, in order. */
  calls: unknown[][];
}

/** A JSON-able description of what a function received. */
export function describeArgument(v: unknown): string {
  return v === null ? "null" : `${typeof v} ${JSON.stringify(v)}`;
}

/**
 * `<namespace>.ARG(any)` → what its scalar argument was; `<namespace>.CELLS(any[][])` → the cells;
 * `<namespace>.NUMBER(number)` → its number; `<namespace>.LATER(any)` → a promise the test resolves.
 */
export function registerProbe(
  namespace: string,
  options: { allowErrorForDataTypeAny?: boolean } = {}
): Probe & { resolveLater(value: unknown): void } {
  const calls: unknown[][] = [];
  const waiting: Array<(v: unknown) => void> = [];
  const record =
    (f: CustomFunctionImpl): CustomFunctionImpl =>
    (...args) => {
      calls.push(args);
      return f(...args);
    };
  const metadata: FunctionsMetadata = {
    ...(options.allowErrorForDataTypeAny === undefined
      ? {}
      : { allowErrorForDataTypeAny: options.allowErrorForDataTypeAny }),
    functions: [
      { id: "ARG", name: "ARG", parameters: [{ name: "x", type: "any" }] },
      {
        id: "CELLS",
        name: "CELLS",
        parameters: [{ name: "cells", type: "any", dimensionality: "matrix" }],
      },
      { id: "NUMBER", name: "NUMBER", parameters: [{ name: "n", type: "number" }] },
      { id: "LATER", name: "LATER", parameters: [{ name: "x", type: "any" }] },
    ],
  };
  const registry = new Map<string, CustomFunctionImpl>([
    ["ARG", record((x) => describeArgument(x))],
    ["CELLS", record((cells) => JSON.stringify(cells))],
    ["NUMBER", record((n) => n)],
    ["LATER", record(() => new Promise((resolve) => waiting.push(resolve)))],
  ]);
  registerCustomFunctions(namespace, metadata, registry);
  return {
    calls,
    resolveLater(value) {
      const next = waiting.shift();
      if (!next) throw new Error("no LATER call is waiting");
      next(value);
    },
  };
}
