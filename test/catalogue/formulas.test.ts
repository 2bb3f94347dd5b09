/*
 * Every recipe the catalogue writes gives the same value three ways, cell by cell, over random
 * inputs (blanks, zeros, negative bases, numbers typed as text as Excel reads them — "(26.94)",
 * "1,234", " 12.5 ", "$1,500" — other text, errors): its FIN formula (the built FIN functions in
 * HyperFormula, as the workbench runs them), its plain-Excel formula (HyperFormula's own functions)
 * and its snapshot value (src/metrics). Placeholders ("—", "–", "n/a") and figures only FIN reads
 * ("RMB 1,500", "40.50*") cannot agree: Excel's arithmetic gives #VALUE! for them. Needs `npm run build`.
 */
import * as fc from "fast-check";
import { DetailedCellError, HyperFormula } from "hyperformula";
import {
  computeRecipe,
  excelFormula,
  finFormula,
  snapshotCell,
  type Cell,
  type Recipe,
} from "../../src/catalogue";
import { registerExcelFunctions } from "../../src/workbench/engine/excelFunctions";
import { readTypedExcelNumber } from "../../src/workbench/model/typedNumber";
import { registerBuiltFunctions } from "../helpers/builtFunctions";

registerBuiltFunctions();
registerExcelFunctions();

/** Numbers typed as text that Excel's arithmetic reads as typed numbers ("a format that would usually be accepted for a number"). */
const EXCEL_TYPED = ["'(26.94)", "'1,234", "' 12.5 ", "'$1,500", "'($1,234.50)", "'-1,234.5"];
/** Text FIN reads and Excel's arithmetic does not: placeholders (blank) and figures as filings print them. */
const FIN_ONLY = [
  "'—",
  "'–",
  "'-",
  "'n/a",
  "'不适用",
  "'RMB 1,500",
  "'40.50*",
  "'−15",
  "'（２６．９４）",
];

/** An input cell as typed: a number, blank, text (kept text by the apostrophe), or an error formula. */
const input = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -500, max: 500 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("'12", "'-3.5", "'40%", "' 7 ") },
  { weight: 1, arbitrary: fc.constantFrom(...EXCEL_TYPED) },
  { weight: 1, arbitrary: fc.constantFrom("'abc", "=NA()", "=1/0", "=SQRT(-1)", '=""') }
);

// Inputs: A1:F1 across, G1:G4 down. Results from row 3 on.
const ROW = ["A1", "B1", "C1", "D1", "E1", "F1"];
const COLUMN = ["G1", "G2", "G3", "G4"];

function recipes(negate: boolean): Recipe[] {
  const c = (ref: string): Cell => ({ ref });
  return [
    { kind: "growth", current: c("B1"), prior: c("A1"), negate },
    { kind: "ppChange", current: c("B1"), prior: c("A1") },
    {
      kind: "ratio",
      fn: "EXPENSERATIO",
      blocks: [
        { range: "G1:G2", cells: [c("G1"), c("G2")] },
        { range: "G4", cells: [c("G4")] },
      ],
      base: c("C1"),
      negate,
    },
    {
      kind: "ratio",
      fn: "EXPENSERATIO",
      blocks: [{ range: "G3", cells: [c("G3")] }],
      base: c("C1"),
      negate,
    },
    {
      kind: "ratio",
      fn: "MARGIN",
      blocks: [{ range: "D1", cells: [c("D1")] }],
      base: c("C1"),
      negate,
    },
    {
      kind: "ratio",
      fn: "SHARE",
      blocks: [{ range: "E1", cells: [c("E1")] }],
      base: c("C1"),
      negate: false,
    },
    {
      kind: "cumulative",
      span: "A1:C1",
      cells: [c("A1"), c("B1"), c("C1")],
      at: [1, 3],
      negate,
    },
    { kind: "cumulative", span: "F1", cells: [c("F1")], at: [1, 1], negate },
    { kind: "cagr", begin: c("A1"), end: c("F1"), years: 2 },
  ];
}

const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
hf.addSheet("S");
readTextInArithmeticAsExcelDoes(hf);

/**
 * Excel's `+ - * /`, ABS and SIGN read text as a number when it is one as typed ("(26.94)",
 * "1,234", "$1,500"); HyperFormula reads fewer ("(26.94)" is #VALUE! there). The workbench's own
 * typed-input rules stand in for Excel's.
 */
function readTextInArithmeticAsExcelDoes(engine: HyperFormula): void {
  const helper = (
    engine as unknown as {
      evaluator: {
        interpreter: {
          arithmeticHelper: { coerceNonDateScalarToMaybeNumber(a: unknown): unknown };
        };
      };
    }
  ).evaluator.interpreter.arithmeticHelper;
  const coerce = helper.coerceNonDateScalarToMaybeNumber.bind(helper);
  helper.coerceNonDateScalarToMaybeNumber = (arg) =>
    typeof arg === "string" && arg !== ""
      ? (readTypedExcelNumber(arg)?.value ?? coerce(arg))
      : coerce(arg);
}

function valueAt(address: string): unknown {
  const v = hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
  if (v instanceof DetailedCellError) return v.value;
  return v === null ? "" : v;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

interface Evaluated {
  fin: unknown;
  excel: unknown;
  snapshot: unknown;
  where: string;
}

/** Every recipe over ten input cells: what its FIN formula, Excel formula and snapshot give. */
function evaluate(cells: unknown[], negate: boolean): Evaluated[] {
  const sheet = hf.getSheetId("S")!;
  hf.setSheetContent(sheet, [
    [...cells.slice(0, 6), cells[6]],
    [null, null, null, null, null, null, cells[7]],
    [null, null, null, null, null, null, cells[8]],
    [null, null, null, null, null, null, cells[9]],
  ] as never);
  const raw = (ref: string) => valueAt(ref);
  return recipes(negate).map((recipe, i) => {
    const row = 6 + i;
    hf.setCellContents({ sheet, row, col: 0 }, finFormula(recipe));
    hf.setCellContents({ sheet, row, col: 1 }, excelFormula(recipe));
    const withRaw = JSON.parse(JSON.stringify(recipe), (k, v) =>
      v && typeof v === "object" && typeof v.ref === "string" ? { ...v, raw: raw(v.ref) } : v
    ) as Recipe;
    return {
      fin: valueAt(`A${row + 1}`),
      excel: valueAt(`B${row + 1}`),
      snapshot: snapshotCell(computeRecipe(withRaw)),
      where: `${recipe.kind} ${finFormula(recipe)} | ${excelFormula(recipe)} over ${JSON.stringify(
        [...ROW, ...COLUMN].map(raw)
      )}`,
    };
  });
}

test("FIN formula, Excel formula and snapshot agree on every recipe, cell by cell", () => {
  fc.assert(
    fc.property(
      fc.array(input, { minLength: 10, maxLength: 10 }),
      fc.boolean(),
      (cells, negate) => {
        for (const { fin, excel, snapshot, where } of evaluate(cells, negate)) {
          if (!same(fin, excel))
            throw new Error(`FIN ${String(fin)} ≠ Excel ${String(excel)}: ${where}`);
          if (!same(fin, snapshot))
            throw new Error(`FIN ${String(fin)} ≠ snapshot ${String(snapshot)}: ${where}`);
        }
      }
    ),
    { numRuns: 300 }
  );
});

test("text only FIN reads (placeholders, filings' figures): FIN = snapshot; the Excel formula is #VALUE! where they differ", () => {
  const withFinOnly = fc.oneof(
    { weight: 3, arbitrary: input },
    { weight: 2, arbitrary: fc.constantFrom(...FIN_ONLY) }
  );
  let differed = 0;
  fc.assert(
    fc.property(
      fc.array(withFinOnly, { minLength: 10, maxLength: 10 }),
      fc.boolean(),
      (cells, negate) => {
        for (const { fin, excel, snapshot, where } of evaluate(cells, negate)) {
          if (!same(fin, snapshot))
            throw new Error(`FIN ${String(fin)} ≠ snapshot ${String(snapshot)}: ${where}`);
          if (same(fin, excel)) continue;
          differed++;
          if (excel !== "#VALUE!" || !cells.some((c) => FIN_ONLY.includes(c as string)))
            throw new Error(`FIN ${String(fin)} ≠ Excel ${String(excel)}: ${where}`);
        }
      }
    ),
    { numRuns: 300 }
  );
  expect(differed).toBeGreaterThan(0);
});

test("hand-worked: a loss typed as text, (26.94) over (14.67), is +83.6 % growth in FIN, Excel and snapshot", () => {
  const [growth] = evaluate(["'(14.67)", "'(26.94)", 1, 1, 1, 1, 1, 1, 1, 1], true);
  for (const v of [growth.fin, growth.excel, growth.snapshot])
    expect(v).toBeCloseTo((26.94 - 14.67) / 14.67, 9); // 0.8364
});

test('known difference: over a prior of "—" FIN and the snapshot are blank, the Excel formula #VALUE!', () => {
  const [growth] = evaluate(["'—", 5, 1, 1, 1, 1, 1, 1, 1, 1], false);
  expect([growth.fin, growth.snapshot, growth.excel]).toEqual(["", "", "#VALUE!"]);
});

test("the Excel formulas use no FIN function; the FIN formulas one FIN call, behind Excel's blank test", () => {
  for (const recipe of [...recipes(false), ...recipes(true)]) {
    expect(excelFormula(recipe)).not.toMatch(/FIN\./);
    expect(finFormula(recipe).match(/FIN\./g)).toHaveLength(1);
    expect(finFormula(recipe)).toMatch(/^=IF\(OR\([^)]*=""\),"",/);
    expect(finFormula(recipe)).not.toMatch(/[-+]FIN\.|\)\s*[-+*/]\s*FIN\./);
  }
});

test("a blank reaching the formula gives a blank, not 0: growth over a blank prior", () => {
  const sheet = hf.getSheetId("S")!;
  hf.setSheetContent(sheet, [[null, 5]]);
  const growth: Recipe = {
    kind: "growth",
    current: { ref: "B1" },
    prior: { ref: "A1" },
    negate: false,
  };
  hf.setCellContents({ sheet, row: 2, col: 0 }, finFormula(growth));
  hf.setCellContents({ sheet, row: 2, col: 1 }, excelFormula(growth));
  expect([valueAt("A3"), valueAt("B3")]).toEqual(["", ""]);
});

test("hand-worked: the net loss widening from (14.67) to (26.94) is +83.6 % either way it is written", () => {
  const sheet = hf.getSheetId("S")!;
  hf.setSheetContent(sheet, [[-14.67, -26.94, 14.67, 26.94]]);
  const negative: Recipe = {
    kind: "growth",
    current: { ref: "B1" },
    prior: { ref: "A1" },
    negate: true,
  };
  const positive: Recipe = {
    kind: "growth",
    current: { ref: "D1" },
    prior: { ref: "C1" },
    negate: false,
  };
  hf.setCellContents({ sheet, row: 2, col: 0 }, finFormula(negative));
  hf.setCellContents({ sheet, row: 2, col: 1 }, excelFormula(negative));
  hf.setCellContents({ sheet, row: 2, col: 2 }, finFormula(positive));
  for (const a of ["A3", "B3", "C3"]) expect(valueAt(a)).toBeCloseTo((26.94 - 14.67) / 14.67, 9); // 0.8364
});
