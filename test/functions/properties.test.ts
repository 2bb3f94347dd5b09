/*
 * Over arbitrary input (zeros, negatives, 1e300, 1e-300, blanks, text, booleans, errors, ragged and
 * mismatched shapes) every FIN function returns finite numbers, blanks or CustomFunctions.Error,
 * and throws nothing but a CustomFunctions.Error. Runs the production functions.js.
 */
import fc from "fast-check";
import { ShimError } from "../../src/workbench/engine/customFunctionsShim";
import { loadBuiltFunctions } from "../helpers/builtFunctions";

const built = loadBuiltFunctions();

const cell = fc.oneof(
  fc.constantFrom(0, -0, 1e300, -1e300, 1e-300, -1e-300, 1, -1, null, "", " ", true, false),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom("(26.94)", "1,234.5", "12%", "abc", "注1", "2018年", "#N/A"),
  fc.constantFrom({ code: "#DIV/0!", message: "" }, { code: "#REF!" }, { code: "#N/A" }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)
);
const rect = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
  );
const ragged = fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), {
  minLength: 0,
  maxLength: 4,
});
const matrixArg = fc.oneof(
  { weight: 4, arbitrary: rect },
  { weight: 1, arbitrary: ragged },
  { weight: 1, arbitrary: fc.constant(null) }
);
const scalarArg = fc.oneof(fc.constant(null), cell, fc.integer({ min: -3, max: 8 }));

function isAllowedCell(v: unknown): boolean {
  return (typeof v === "number" && Number.isFinite(v)) || v === "" || v instanceof ShimError;
}

describe.each(built.metadata.functions.map((f) => [f.id, f] as const))("FIN.%s", (id, meta) => {
  const fn = built.registry.get(id)!;
  const args = fc.tuple(
    ...meta.parameters.map((p) => (p.dimensionality === "matrix" ? matrixArg : scalarArg))
  );

  test("returns finite numbers, blanks or CustomFunctions.Error, and throws only CustomFunctions.Error", () => {
    fc.assert(
      fc.property(args, (xs) => {
        let result: unknown;
        try {
          result = fn(...xs);
        } catch (e) {
          return e instanceof ShimError;
        }
        return (
          Array.isArray(result) &&
          result.length > 0 &&
          result.every((row) => Array.isArray(row) && row.every(isAllowedCell))
        );
      }),
      { numRuns: 400 }
    );
  });

  test("its result has the shape of its first argument, or a shape that argument reduces to", () => {
    fc.assert(
      fc.property(rect, (m) => {
        const others = meta.parameters
          .slice(1)
          .map((p) => (p.dimensionality === "matrix" ? m : null));
        let result: unknown[][];
        try {
          result = fn(m, ...others) as unknown[][];
        } catch (e) {
          return e instanceof ShimError;
        }
        const reduces = id === "EXPENSERATIO";
        return reduces
          ? result.length <= m.length
          : result.length === m.length && result[0].length === m[0].length;
      }),
      { numRuns: 200 }
    );
  });
});
