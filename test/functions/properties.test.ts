/*
 * Properties of the production functions.js. The first group holds of correct results only, and
 * each is also run against broken stand-ins (every call #VALUE!, every cell blank) to show it
 * fails when the feature breaks. The last group: over arbitrary input every function returns
 * finite numbers, blanks or the errors a custom function may return, and throws nothing else.
 */
import fc from "fast-check";
import { ShimError } from "../../src/workbench/engine/customFunctionsShim";
import { loadBuiltFunctions } from "../helpers/builtFunctions";

const built = loadBuiltFunctions();
type Fn = (...args: unknown[]) => unknown;
type Functions = (id: string) => Fn;

const real: Functions = (id) => built.registry.get(id)!;
const alwaysValueError: Functions = () => () => {
  throw new ShimError("#VALUE!", "broken");
};
const alwaysBlank: Functions = () => (first: unknown) =>
  (first as unknown[][]).map((row) => row.map(() => ""));

/** The cells of a result; a thrown error or a non-matrix makes the property fail. */
function cells(result: unknown): unknown[][] {
  if (!Array.isArray(result)) throw new Error(`not a matrix: ${String(result)}`);
  return result as unknown[][];
}
const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${String(v)}`);
  return v;
};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
/** A cell as compared across functions: a number, "" or an error code (messages name arguments). */
const comparable = (v: unknown) => (v instanceof ShimError ? v.code : v);

const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000 });
const row = <T>(arb: fc.Arbitrary<T>, n: number) => fc.array(arb, { minLength: n, maxLength: n });

const properties: Record<string, (fin: Functions) => fc.IRawProperty<[unknown, ...unknown[]]>> = {
  "SHARE: the shares of complete positive parts sum to 1 in every period": (fin) =>
    fc.property(
      fc
        .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 6 }))
        .chain(([k, n]) => fc.array(row(positive, n), { minLength: k, maxLength: k })),
      (parts) => {
        const shares = cells(fin("SHARE")(parts, null));
        for (let c = 0; c < parts[0].length; c++) {
          const total = shares.reduce((s, r) => s + num(r[c]), 0);
          if (!close(total, 1)) return false;
        }
        return true;
      }
    ),

  "DECUMULATE undoes year-to-date accumulation by CUMULATIVE, year by year": (fin) =>
    fc.property(
      fc.constantFrom(2, 4).chain((perYear) =>
        fc.tuple(
          fc.constant(perYear),
          fc.integer({ min: 1, max: 4 }).chain((years) => row(amount, years * perYear))
        )
      ),
      ([perYear, periods]) => {
        const ytd: unknown[] = [];
        for (let y = 0; y < periods.length; y += perYear) {
          ytd.push(...cells(fin("CUMULATIVE")([periods.slice(y, y + perYear)], null))[0]);
        }
        const back = cells(fin("DECUMULATE")([ytd], perYear))[0];
        return back.length === periods.length && back.every((v, i) => v === periods[i]);
      }
    ),

  "GROWTH is (c − p) ÷ |p|: positive exactly when c > p, whatever the sign of p; negate is growth of −c over −p":
    (fin) =>
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((p) => Math.abs(p) > 1e-6),
        (c, p) => {
          const g = num(cells(fin("GROWTH")([[c]], [[p]]))[0][0]);
          const negated = num(cells(fin("GROWTH")([[c]], [[p]], true))[0][0]);
          const flipped = num(cells(fin("GROWTH")([[-c]], [[-p]]))[0][0]);
          return (
            close(g, (c - p) / Math.abs(p)) &&
            g > 0 === c > p &&
            g < 0 === c < p &&
            negated === flipped &&
            negated > 0 === c < p
          );
        }
      ),

  "EXPENSERATIO over one line equals MARGIN, cell by cell, blanks and errors included": (fin) =>
    fc.property(
      fc
        .integer({ min: 1, max: 6 })
        .chain((n) =>
          fc.tuple(
            row(fc.oneof(amount, fc.constantFrom(null, "", "—", "abc", "(12)", 0)), n),
            row(fc.oneof(amount, fc.constantFrom(null, 0, -5, "n/a")), n)
          )
        ),
      ([e, r]) => {
        const ratio = cells(fin("EXPENSERATIO")([e], [r], null, null, null, null))[0];
        const margin = cells(fin("MARGIN")([e], [r]))[0];
        // Where both are plain numbers and revenue is positive, the ratio is the quotient itself.
        const known = (i: number) =>
          typeof e[i] === "number" && typeof r[i] === "number" && (r[i] as number) > 0;
        return (
          ratio.length === e.length &&
          ratio.every((v, i) => comparable(v) === comparable(margin[i])) &&
          ratio.every((v, i) => !known(i) || v === (e[i] as number) / (r[i] as number))
        );
      }
    ),

  "EXPENSERATIO of a block equals EXPENSERATIO of its lines given as separate ranges": (fin) =>
    fc.property(
      fc
        .integer({ min: 1, max: 6 })
        .chain((n) =>
          fc.tuple(
            fc.array(row(fc.oneof(amount, fc.constant(null)), n), { minLength: 3, maxLength: 3 }),
            row(positive, n)
          )
        ),
      ([lines, r]) => {
        const block = cells(fin("EXPENSERATIO")(lines, [r], true, null, null, null))[0];
        const apart = cells(
          fin("EXPENSERATIO")([lines[0]], [r], true, [lines[1]], null, [lines[2]])
        )[0];
        // A period whose three lines are all known is −(sum) ÷ revenue (negate: written negative).
        const expected = (i: number): number | null =>
          lines.every((l) => l[i] !== null)
            ? -lines.reduce((sum: number, l) => sum + (l[i] as number), 0) / r[i]
            : null;
        return block.every((v, i) => {
          if (comparable(v) !== comparable(apart[i])) return false;
          const e = expected(i);
          return e === null ? v === "" : typeof v === "number" && close(v, e);
        });
      }
    ),

  "TTMRATIO equals TTM of the numerator ÷ TTM of the denominator": (fin) =>
    fc.property(
      fc
        .integer({ min: 1, max: 8 })
        .chain((n) => fc.tuple(row(amount, n), row(positive, n), fc.integer({ min: 1, max: n }))),
      ([x, y, window]) => {
        const ratio = cells(fin("TTMRATIO")([x], [y], window))[0];
        const num_ = cells(fin("TTM")([x], window))[0];
        const den = cells(fin("TTM")([y], window))[0];
        return ratio.every((v, i) =>
          i + 1 < window
            ? v === "" && num_[i] === "" && den[i] === ""
            : close(num(v), num(num_[i]) / num(den[i]))
        );
      }
    ),
};

describe("properties that hold of correct results only", () => {
  test.each(Object.entries(properties))("%s", (_, property) => {
    fc.assert(property(real), { numRuns: 300 });
  });
  test.each(Object.entries(properties))(
    "%s — fails when every function returns #VALUE! or blanks",
    (_, property) => {
      expect(() => fc.assert(property(alwaysValueError), { numRuns: 50 })).toThrow();
      expect(() => fc.assert(property(alwaysBlank), { numRuns: 50 })).toThrow();
    }
  );
});

const cell = fc.oneof(
  fc.constantFrom(0, -0, 1e300, -1e300, 1e-300, -1e-300, 1, -1, null, "", " ", true, false),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom("(26.94)", "1,234.5", "12%", "abc", "注1", "2018年", "#N/A", "—", "$1,500"),
  fc.constantFrom(
    { code: "#DIV/0!", message: "" },
    { code: "#REF!" },
    { code: "#NAME?" },
    { code: "#N/A" }
  ),
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
const RETURNABLE = new Set(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!"]);

function isAllowedCell(v: unknown): boolean {
  return (
    (typeof v === "number" && Number.isFinite(v)) ||
    v === "" ||
    (v instanceof ShimError && RETURNABLE.has(v.code))
  );
}

describe.each(built.metadata.functions.map((f) => [f.id, f] as const))("FIN.%s", (id, meta) => {
  const fn = built.registry.get(id)!;
  const args = fc.tuple(
    ...meta.parameters.map((p) => (p.dimensionality === "matrix" ? matrixArg : scalarArg))
  );

  test("returns finite numbers, blanks or a returnable error (never #REF!/#NAME?), and throws only those", () => {
    fc.assert(
      fc.property(args, (xs) => {
        let result: unknown;
        try {
          result = fn(...xs);
        } catch (e) {
          return e instanceof ShimError && RETURNABLE.has(e.code);
        }
        return (
          Array.isArray(result) &&
          result.length > 0 &&
          result.every((r) => Array.isArray(r) && r.every(isAllowedCell))
        );
      }),
      { numRuns: 400 }
    );
  });
});
