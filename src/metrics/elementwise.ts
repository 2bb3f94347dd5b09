import { readValue } from "./cells";
import { Failure, MatrixResult, Outcome, isFailure } from "./outcome";
import { plainRow } from "./plainRows";
import { Shape, asMatrix, broadcastShape, shapeOf } from "./shape";

/** A named range argument as Excel passed it. */
export type Arg = readonly [name: string, raw: unknown];

/** A calculation on known numbers; blanks and failures never reach it. */
export type Kernel = (...xs: number[]) => Outcome;

/**
 * The same calculation along whole rows (one per argument, all of one length), or null as soon as
 * a cell is not a finite number or a result is not a number, for the careful path to take the row
 * (a row it returns is all numbers, so it is marked plain). Each metric writes this
 * loop itself: a loop shared by every metric calls its kernel through one call site, which the
 * JIT cannot inline once it has seen several kernels.
 */
export type PlainRows = (rows: unknown[][]) => Outcome[] | null;

// Arrays are built with push: a large `new Array(n)` starts in V8's slow dictionary mode.

function shapes(args: readonly Arg[]): Array<[string, Shape]> | Failure {
  const out: Array<[string, Shape]> = [];
  for (const [name, raw] of args) {
    const s = shapeOf(raw, name);
    if (isFailure(s)) return s;
    out.push([name, s]);
  }
  return out;
}

/** One cell read with care: an input failure wins over a blank; a blank makes a blank result. */
function careful(cells: readonly unknown[], names: readonly string[], kernel: Kernel): Outcome {
  const xs: number[] = [];
  let blank = false;
  for (let i = 0; i < cells.length; i++) {
    const v = readValue(cells[i], names[i]);
    if (v === null) blank = true;
    else if (typeof v === "number") xs.push(v);
    else return v;
  }
  return blank ? null : kernel(...xs);
}

/** A row over two arguments: finite numbers go straight to the kernel, anything else with care. */
function row2(
  x: unknown[],
  xSingle: boolean,
  y: unknown[],
  ySingle: boolean,
  cols: number,
  names: readonly string[],
  kernel: Kernel
): Outcome[] {
  const out: Outcome[] = [];
  for (let c = 0; c < cols; c++) {
    const a = x[xSingle ? 0 : c];
    const b = y[ySingle ? 0 : c];
    if (Number.isFinite(a) && Number.isFinite(b)) out.push(kernel(a as number, b as number));
    else out.push(careful([a, b], names, kernel));
  }
  return out;
}

/** The same over three arguments. */
function row3(
  rows: unknown[][],
  single: boolean[],
  cols: number,
  names: readonly string[],
  kernel: Kernel
): Outcome[] {
  const [x, y, z] = rows;
  const out: Outcome[] = [];
  for (let c = 0; c < cols; c++) {
    const a = x[single[0] ? 0 : c];
    const b = y[single[1] ? 0 : c];
    const d = z[single[2] ? 0 : c];
    if (Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(d)) {
      out.push(kernel(a as number, b as number, d as number));
    } else out.push(careful([a, b, d], names, kernel));
  }
  return out;
}

/** Any number of arguments, every cell read with care. */
function rowN(
  rows: unknown[][],
  single: boolean[],
  cols: number,
  names: readonly string[],
  kernel: Kernel
): Outcome[] {
  const out: Outcome[] = [];
  for (let c = 0; c < cols; c++) {
    out.push(
      careful(
        rows.map((row, i) => row[single[i] ? 0 : c]),
        names,
        kernel
      )
    );
  }
  return out;
}

/**
 * Applies `kernel` cell by cell over arguments of one shape (or that broadcast to one). An input
 * failure wins over a blank; a blank input makes a blank result.
 */
export function elementwise(args: readonly Arg[], kernel: Kernel, plain?: PlainRows): MatrixResult {
  const named = shapes(args);
  if (isFailure(named)) return named;
  const shape = broadcastShape(named);
  if (isFailure(shape)) return shape;
  const matrices = args.map(([, raw]) => asMatrix(raw));
  const names = args.map(([name]) => name);
  const singleCol = named.map(([, s]) => s.cols === 1);
  const fullWidth = shape.cols === 1 || !singleCol.includes(true);
  const out: Outcome[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const rows = matrices.map((m, i) => m[named[i][1].rows === 1 ? 0 : r]);
    const fast = plain && fullWidth ? plain(rows) : null;
    if (fast) out.push(plainRow(fast));
    else if (rows.length === 2) {
      out.push(row2(rows[0], singleCol[0], rows[1], singleCol[1], shape.cols, names, kernel));
    } else if (rows.length === 3) out.push(row3(rows, singleCol, shape.cols, names, kernel));
    else out.push(rowN(rows, singleCol, shape.cols, names, kernel));
  }
  return out;
}
