import { Value, readFlag, readValue } from "./cells";
import { elementwise } from "./elementwise";
import { messages } from "./messages";
import { Failure, MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { Shape, asMatrix, describeShape, shapeOf } from "./shape";

/** amount ÷ base, where the base (revenue, a total) must be positive for the ratio to mean anything. */
export function ratioOf(amount: number, base: number, baseName: string): Outcome {
  if (base === 0) return fail("divisionByZero", messages.divisionByZero(baseName));
  if (base < 0) return fail("invalidNumber", messages.negativeBase(baseName));
  return finite(amount / base);
}

/** FIN.MARGIN: amount ÷ revenue, element-wise. */
export function margin(amount: unknown, revenue: unknown): MatrixResult {
  return elementwise(
    [
      ["amount", amount],
      ["revenue", revenue],
    ],
    (a, r) => ratioOf(a, r, "revenue")
  );
}

/** FIN.LOSSRATE: −net income ÷ revenue, positive for a loss-making company. */
export function lossRate(netIncome: unknown, revenue: unknown): MatrixResult {
  return elementwise(
    [
      ["netIncome", netIncome],
      ["revenue", revenue],
    ],
    (n, r) => ratioOf(-n, r, "revenue")
  );
}

/** Adds known values; a failure wins, then a blank (an unknown part makes the sum unknown). */
function sumOf(values: Value[]): Value {
  let total = 0;
  let blank = false;
  for (const v of values) {
    if (v === null) blank = true;
    else if (typeof v === "number") total += v;
    else return v;
  }
  return blank ? null : total;
}

/** The sum of column `c` of a block of expense lines, read cell by cell without copying. */
function sumDown(lines: unknown[][], c: number): Value {
  let total = 0;
  let blank = false;
  for (let k = 0; k < lines.length; k++) {
    const v = readValue(lines[k][c], "expenses");
    if (v === null) blank = true;
    else if (typeof v === "number") total += v;
    else return v;
  }
  return blank ? null : total;
}

function divide(sum: Value, base: Value, baseName: string): Outcome {
  if (sum !== null && typeof sum === "object") return sum;
  if (base !== null && typeof base === "object") return base;
  if (sum === null || base === null) return null;
  return ratioOf(sum, base, baseName);
}

function shapesDontFit(a: string, sa: Shape, b: string, sb: Shape): Failure {
  return fail("invalidValue", messages.shapes(a, describeShape(sa), b, describeShape(sb)));
}

/**
 * FIN.EXPENSERATIO: the sum of the expense lines ÷ revenue, period by period. With periods across,
 * a k×n block over a 1×n revenue row gives a 1×n row; with periods down, an n×k block over an n×1
 * column gives n×1; over a single revenue cell every expense is summed. Further blocks
 * (`more`: lines that are not adjacent) are added period by period; `negate` takes −sum, for
 * expenses written negative. A blank part leaves its period blank.
 */
export function expenseRatio(
  expenses: unknown,
  revenue: unknown,
  negate?: unknown,
  ...more: unknown[]
): MatrixResult {
  const flip = readFlag(negate, "negate");
  if (isFailure(flip)) return flip;
  const extra = more.filter((b) => b !== null && b !== undefined);
  if (!flip && extra.length === 0) return singleBlockRatio(expenses, revenue);
  return blocksRatio([expenses, ...extra], revenue, flip);
}

/** Several blocks (and/or a negated sum): each block's per-period sums added, then ÷ revenue. */
function blocksRatio(blocks: unknown[], revenue: unknown, flip: boolean): MatrixResult {
  const sr = shapeOf(revenue, "revenue");
  if (isFailure(sr)) return sr;
  const r = asMatrix(revenue);
  const across = sr.rows === 1;
  const periods = across ? sr.cols : sr.rows;
  if (!across && sr.cols !== 1) {
    return fail(
      "invalidValue",
      messages.shapes("expenses", "several blocks", "revenue", describeShape(sr))
    );
  }
  const sums: Value[][] = [];
  for (let b = 0; b < blocks.length; b++) {
    const name = b === 0 ? "expenses" : `expenses${b + 1}`;
    const se = shapeOf(blocks[b], name);
    if (isFailure(se)) return se;
    const e = asMatrix(blocks[b]);
    const perPeriod: Value[] = [];
    if (periods === 1) {
      perPeriod.push(sumOf(e.flat().map((x) => readValue(x, name))));
    } else if (across) {
      if (se.cols !== periods) return shapesDontFit(name, se, "revenue", sr);
      for (let c = 0; c < periods; c++)
        perPeriod.push(sumOf(e.map((row) => readValue(row[c], name))));
    } else {
      if (se.rows !== periods) return shapesDontFit(name, se, "revenue", sr);
      for (let p = 0; p < periods; p++) perPeriod.push(sumOf(e[p].map((x) => readValue(x, name))));
    }
    sums.push(perPeriod);
  }
  const out: Outcome[] = [];
  for (let p = 0; p < periods; p++) {
    const total = sumOf(sums.map((s) => s[p]));
    const signed = typeof total === "number" && flip ? -total : total;
    out.push(divide(signed, readValue(across ? r[0][p] : r[p][0], "revenue"), "revenue"));
  }
  return across ? [out] : out.map((v) => [v]);
}

function singleBlockRatio(expenses: unknown, revenue: unknown): MatrixResult {
  const se = shapeOf(expenses, "expenses");
  if (isFailure(se)) return se;
  const sr = shapeOf(revenue, "revenue");
  if (isFailure(sr)) return sr;
  const e = asMatrix(expenses);
  const r = asMatrix(revenue);

  if (sr.rows === 1 && sr.cols === 1) {
    const parts: Value[] = [];
    for (const row of e) for (const cell of row) parts.push(readValue(cell, "expenses"));
    return [[divide(sumOf(parts), readValue(r[0][0], "revenue"), "revenue")]];
  }
  if (sr.rows === 1) {
    if (se.cols !== sr.cols) return shapesDontFit("expenses", se, "revenue", sr);
    const out: Outcome[] = [];
    const revenueRow = r[0];
    for (let c = 0; c < sr.cols; c++) {
      // Optimistic: plain numbers need no reading; anything else takes the careful path below.
      let sum = 0;
      let plain = true;
      for (let k = 0; k < e.length && plain; k++) {
        const v = e[k][c];
        if (typeof v === "number") sum += v;
        else plain = false;
      }
      const base = revenueRow[c];
      if (plain && typeof base === "number" && base > 0) {
        const ratio = sum / base;
        if (Number.isFinite(ratio)) {
          out.push(ratio);
          continue;
        }
      }
      out.push(divide(sumDown(e, c), readValue(base, "revenue"), "revenue"));
    }
    return [out];
  }
  if (sr.cols === 1) {
    if (se.rows !== sr.rows) return shapesDontFit("expenses", se, "revenue", sr);
    const out: Outcome[][] = [];
    for (let p = 0; p < sr.rows; p++) {
      out.push([
        divide(
          sumOf(e[p].map((x) => readValue(x, "expenses"))),
          readValue(r[p][0], "revenue"),
          "revenue"
        ),
      ]);
    }
    return out;
  }
  // A block of revenue (several companies or segments): cell by cell.
  return elementwise(
    [
      ["expenses", expenses],
      ["revenue", revenue],
    ],
    (x, base) => ratioOf(x, base, "revenue")
  );
}

/**
 * FIN.SHARE: each part ÷ total. Without a total, the parts' own sum: of the whole vector, or of
 * each period's column in a block of lines × periods.
 */
export function share(parts: unknown, total: unknown): MatrixResult {
  if (total !== null && total !== undefined) {
    return elementwise(
      [
        ["parts", parts],
        ["total", total],
      ],
      (p, t) => ratioOf(p, t, "total")
    );
  }
  const sp = shapeOf(parts, "parts");
  if (isFailure(sp)) return sp;
  const m = asMatrix(parts);
  const values = m.map((row) => row.map((cell) => readValue(cell, "parts")));
  const vector = sp.rows === 1 || sp.cols === 1;
  const totals: Value[] = [];
  if (vector) totals.push(sumOf(values.flat()));
  else for (let c = 0; c < sp.cols; c++) totals.push(sumOf(values.map((row) => row[c])));
  return values.map((row) => row.map((v, c) => divide(v, totals[vector ? 0 : c], "total")));
}
