import { Value, readRow } from "./cells";
import { elementwise } from "./elementwise";
import { say } from "./messages";
import { MatrixResult, Outcome, fail, finite, isFailure } from "./outcome";
import { plainRow } from "./plainRows";
import { asMatrix, shapeOf } from "./shape";

/** amount ÷ base, where the base (revenue, a total) must be positive for the ratio to mean anything. */
export function ratioOf(amount: number, base: number, baseName: string): Outcome {
  if (base === 0) return fail("divisionByZero", say("divisionByZero", baseName));
  if (base < 0) return fail("invalidNumber", say("negativeBase", baseName));
  return finite(amount / base);
}

function marginOf(amount: number, revenue: number): Outcome {
  return ratioOf(amount, revenue, "revenue");
}

function marginRows([amount, revenue]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < amount.length; i++) {
    const a = amount[i];
    const r = revenue[i];
    if (!Number.isFinite(a) || !Number.isFinite(r)) return null;
    const v = ratioOf(a as number, r as number, "revenue");
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
}

/** FIN.MARGIN: amount ÷ revenue, element-wise. */
export function margin(amount: unknown, revenue: unknown): MatrixResult {
  return elementwise(
    [
      ["amount", amount],
      ["revenue", revenue],
    ],
    marginOf,
    marginRows
  );
}

function lossRateOf(netIncome: number, revenue: number): Outcome {
  return ratioOf(-netIncome, revenue, "revenue");
}

function lossRateRows([netIncome, revenue]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < netIncome.length; i++) {
    const n = netIncome[i];
    const r = revenue[i];
    if (!Number.isFinite(n) || !Number.isFinite(r)) return null;
    const v = ratioOf(-(n as number), r as number, "revenue");
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
}

/** FIN.LOSSRATE: −net income ÷ revenue, positive for a loss-making company. */
export function lossRate(netIncome: unknown, revenue: unknown): MatrixResult {
  return elementwise(
    [
      ["netIncome", netIncome],
      ["revenue", revenue],
    ],
    lossRateOf,
    lossRateRows
  );
}

/** Adds known values; a failure wins, then a blank (an unknown part makes the sum unknown). */
export function sumOf(values: readonly Value[]): Value {
  let total = 0;
  let blank = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
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

function shareOf(part: number, total: number): Outcome {
  return ratioOf(part, total, "total");
}

function shareRows([parts, totals]: unknown[][]): Outcome[] | null {
  const out: Outcome[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const t = totals[i];
    if (!Number.isFinite(p) || !Number.isFinite(t)) return null;
    const v = ratioOf(p as number, t as number, "total");
    if (typeof v !== "number") return null;
    out.push(v);
  }
  return out;
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
      shareOf,
      shareRows
    );
  }
  const sp = shapeOf(parts, "parts");
  if (isFailure(sp)) return sp;
  const values = asMatrix(parts).map((row) => readRow(row, "parts"));
  const vector = sp.rows === 1 || sp.cols === 1;
  const whole = vector
    ? sumOf(values.length === 1 ? values[0] : values.map((row) => row[0]))
    : null;
  const out: Outcome[][] = values.map(() => []);
  let plain = true;
  // Period by period: the column's total, then each part over it.
  for (let c = 0; c < sp.cols; c++) {
    const t = vector ? whole : columnSum(values, c);
    for (let k = 0; k < values.length; k++) {
      const v = values[k][c];
      if (typeof v === "number" && typeof t === "number" && t > 0) {
        const q = v / t;
        if (Number.isFinite(q)) {
          out[k].push(q);
          continue;
        }
      }
      out[k].push(divide(v, t, "total"));
      plain = false;
    }
  }
  return plain ? out.map(plainRow) : out;
}

/** The sum of column `c` of read rows: a failure wins, then a blank. */
function columnSum(rows: Value[][], c: number): Value {
  let total = 0;
  let blank = false;
  for (let k = 0; k < rows.length; k++) {
    const v = rows[k][c];
    if (typeof v === "number") total += v;
    else if (v === null) blank = true;
    else return v;
  }
  return blank ? null : total;
}
