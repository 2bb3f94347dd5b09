import { Value, readValue } from "./cells";
import { elementwise } from "./elementwise";
import { messages } from "./messages";
import { MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { asMatrix, shapeOf } from "./shape";

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
export function sumOf(values: Value[]): Value {
  let total = 0;
  let blank = false;
  for (const v of values) {
    if (v === null) blank = true;
    else if (typeof v === "number") total += v;
    else return v;
  }
  return blank ? null : total;
}

/** A sum ÷ a base once both are read: a failure wins, then a blank. */
export function divide(sum: Value, base: Value, baseName: string): Outcome {
  if (sum !== null && typeof sum === "object") return sum;
  if (base !== null && typeof base === "object") return base;
  if (sum === null || base === null) return null;
  return ratioOf(sum, base, baseName);
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
