/*
 * What Excel provides a custom-functions script: the global `CustomFunctions` with `associate`,
 * `Error` and `ErrorCode`. The built functions.js registers FIN's functions through it, so the
 * workbench and the tests run the very code Excel loads.
 */

export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export type ExcelErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Stands in for `CustomFunctions.Error`: a code, and a message Excel shows with #VALUE! and #N/A. */
export class ShimError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

export type CustomFunctionImpl = (...args: any[]) => unknown;

export interface CustomFunctionsShim {
  readonly CustomFunctions: {
    associate(
      idOrMappings: string | Record<string, CustomFunctionImpl>,
      fn?: CustomFunctionImpl
    ): void;
    Error: typeof ShimError;
    ErrorCode: typeof ERROR_CODES;
  };
  /** Functions by id (upper case), as associated by the script. */
  readonly registry: Map<string, CustomFunctionImpl>;
}

export function createCustomFunctionsShim(): CustomFunctionsShim {
  const registry = new Map<string, CustomFunctionImpl>();
  return {
    registry,
    CustomFunctions: {
      associate(idOrMappings, fn) {
        if (typeof idOrMappings === "string") {
          if (typeof fn !== "function")
            throw new TypeError(`associate(${idOrMappings}) needs a function`);
          registry.set(idOrMappings.toUpperCase(), fn);
        } else {
          for (const [id, f] of Object.entries(idOrMappings)) registry.set(id.toUpperCase(), f);
        }
      },
      Error: ShimError,
      ErrorCode: ERROR_CODES,
    },
  };
}
