import { Value, readRow, readValue } from "./cells";
import { MatrixResult, Outcome, fail, isFailure } from "./outcome";
import { say } from "./messages";
import { asMatrix, describeShape, shapeOf } from "./shape";

// Arrays are built with push: a large `new Array(n)` starts in V8's slow dictionary mode.

/**
 * Runs a per-series calculation along the periods. A single column is one series down; a single
 * row, or a block of lines × periods, is read with the periods across (one series per row).
 */
export function alongPeriods(
  raw: unknown,
  arg: string,
  compute: (series: Value[]) => Outcome[]
): MatrixResult {
  const shape = shapeOf(raw, arg);
  if (isFailure(shape)) return shape;
  const m = asMatrix(raw);
  if (shape.cols === 1 && shape.rows > 1) {
    const series: Value[] = [];
    for (let r = 0; r < shape.rows; r++) series.push(readValue(m[r][0], arg));
    const result = compute(series);
    const out: Outcome[][] = [];
    for (let r = 0; r < shape.rows; r++) out.push([result[r]]);
    return out;
  }
  const out: Outcome[][] = [];
  for (let r = 0; r < shape.rows; r++) out.push(compute(readRow(m[r], arg)));
  return out;
}

/**
 * Along the periods of two arguments of one shape (e.g. a trailing ratio), pairing their series.
 */
export function alongPeriodsPaired(
  a: readonly [string, unknown],
  b: readonly [string, unknown],
  compute: (x: Value[], y: Value[]) => Outcome[]
): MatrixResult {
  const sa = shapeOf(a[1], a[0]);
  if (isFailure(sa)) return sa;
  const sb = shapeOf(b[1], b[0]);
  if (isFailure(sb)) return sb;
  if (sa.rows !== sb.rows || sa.cols !== sb.cols) {
    return fail("invalidValue", say("shapes", a[0], describeShape(sa), b[0], describeShape(sb)));
  }
  const ys: Value[][] = [];
  const collect = alongPeriods(b[1], b[0], (y) => {
    ys.push(y);
    return y;
  });
  if (isFailure(collect)) return collect;
  let i = 0;
  return alongPeriods(a[1], a[0], (x) => compute(x, ys[i++]));
}
