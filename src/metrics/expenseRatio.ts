import { Value, readValue } from "./cells";
import { elementwise } from "./elementwise";
import { readFlag } from "./flags";
import { say } from "./messages";
import { Failure, MatrixResult, Outcome, fail, isFailure } from "./outcome";
import { divide, ratioOf, sumOf } from "./ratios";
import { plainRow } from "./plainRows";
import { Shape, asMatrix, describeShape, shapeOf } from "./shape";

/** One range of expense lines as passed: its argument name, shape and cells. */
interface Block {
  readonly name: string;
  readonly raw: unknown;
  readonly shape: Shape;
  readonly cells: unknown[][];
}

const BLOCK_NAMES = ["expenses", "expenses2", "expenses3", "expenses4"];

function isOneBlankCell(raw: unknown): boolean {
  if (!Array.isArray(raw)) return raw === null || raw === undefined || raw === "";
  return (
    raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 && isOneBlankCell(raw[0][0])
  );
}

/**
 * The expense ranges given. An omitted optional range arrives as null; a skipped one (`,,`) may
 * arrive as one blank cell, which over several periods of revenue cannot be a part, so it is omitted.
 */
function blocksOf(ranges: readonly unknown[], severalPeriods: boolean): Block[] | Failure {
  const blocks: Block[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const raw = ranges[i];
    if (i > 0 && (raw === null || raw === undefined)) continue;
    if (i > 0 && severalPeriods && isOneBlankCell(raw)) continue;
    const name = BLOCK_NAMES[i] ?? `expenses${i + 1}`;
    const shape = shapeOf(raw, name);
    if (isFailure(shape)) return shape;
    blocks.push({ name, raw, shape, cells: asMatrix(raw) });
  }
  return blocks;
}

function shapesDontFit(a: string, sa: Shape, b: string, sb: Shape): Failure {
  return fail("invalidValue", say("shapes", a, describeShape(sa), b, describeShape(sb)));
}

function negatedIf(sum: Value, sign: number): Value {
  return typeof sum === "number" ? sign * sum : sum;
}

/**
 * Periods across: every line of every block is a row over the revenue row's periods. Plain numbers
 * take the short path; a blank, text or error sends that period through the careful reading.
 */
function acrossPeriods(
  lines: unknown[][],
  names: string[],
  revenueRow: unknown[],
  sign: number
): Outcome[] {
  const out: Outcome[] = [];
  let plain = true;
  const k = lines.length;
  for (let c = 0; c < revenueRow.length; c++) {
    let sum = 0;
    let i = 0;
    for (; i < k; i++) {
      const v = lines[i][c];
      if (typeof v !== "number") break;
      sum += v;
    }
    const base = revenueRow[c];
    if (i === k && typeof base === "number" && base > 0) {
      const ratio = (sign * sum) / base;
      if (Number.isFinite(ratio)) {
        out.push(ratio);
        continue;
      }
    }
    plain = false;
    const parts: Value[] = [];
    for (let j = 0; j < k; j++) parts.push(readValue(lines[j][c], names[j]));
    out.push(divide(negatedIf(sumOf(parts), sign), readValue(base, "revenue"), "revenue"));
  }
  return plain ? plainRow(out) : out;
}

/** Periods down: period p's expenses are row p of every block. */
function downPeriods(blocks: Block[], revenue: unknown[][], sign: number): Outcome[][] {
  const out: Outcome[][] = [];
  for (let p = 0; p < revenue.length; p++) {
    const parts: Value[] = [];
    for (const b of blocks) for (const cell of b.cells[p]) parts.push(readValue(cell, b.name));
    out.push([
      divide(negatedIf(sumOf(parts), sign), readValue(revenue[p][0], "revenue"), "revenue"),
    ]);
  }
  return out;
}

/**
 * FIN.EXPENSERATIO: the sum of every expense line ÷ revenue, period by period, over up to four
 * ranges of lines (non-adjacent lines in one call). With periods across, k×n blocks over a 1×n
 * revenue row give a 1×n row; with periods down, n×k blocks over an n×1 column give n×1; over a
 * single revenue cell every expense is summed. `negate`: the expenses are written negative, so
 * −sum is used. A blank part makes its period blank, never a smaller ratio.
 */
export function expenseRatio(
  expenses: unknown,
  revenue: unknown,
  negate?: unknown,
  ...more: unknown[]
): MatrixResult {
  const negated = readFlag(negate, "negate");
  if (isFailure(negated)) return negated;
  const sign = negated ? -1 : 1;
  const sr = shapeOf(revenue, "revenue");
  if (isFailure(sr)) return sr;
  const blocks = blocksOf([expenses, ...more], sr.rows * sr.cols > 1);
  if (isFailure(blocks)) return blocks;
  const r = asMatrix(revenue);

  if (sr.rows === 1 && sr.cols === 1) {
    const parts: Value[] = [];
    for (const b of blocks)
      for (const row of b.cells) for (const cell of row) parts.push(readValue(cell, b.name));
    return [[divide(negatedIf(sumOf(parts), sign), readValue(r[0][0], "revenue"), "revenue")]];
  }
  if (sr.rows === 1) {
    const lines: unknown[][] = [];
    const names: string[] = [];
    for (const b of blocks) {
      if (b.shape.cols !== sr.cols) return shapesDontFit(b.name, b.shape, "revenue", sr);
      for (const line of b.cells) {
        lines.push(line);
        names.push(b.name);
      }
    }
    return [acrossPeriods(lines, names, r[0], sign)];
  }
  if (sr.cols === 1) {
    for (const b of blocks) {
      if (b.shape.rows !== sr.rows) return shapesDontFit(b.name, b.shape, "revenue", sr);
    }
    return downPeriods(blocks, r, sign);
  }
  // A block of revenue (several companies or segments): cell by cell, each range one part.
  const args = blocks.map((b) => [b.name, b.raw] as const);
  const n = blocks.length;
  return elementwise([...args, ["revenue", revenue]], (...xs) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += xs[i];
    return ratioOf(sign * sum, xs[n], "revenue");
  });
}
