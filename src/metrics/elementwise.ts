import { Value, readValue } from "./cells";
import { Failure, MatrixResult, Outcome, isFailure } from "./outcome";
import { Shape, asMatrix, broadcastShape, shapeOf } from "./shape";

/** A named range argument as Excel passed it. */
export type Arg = readonly [name: string, raw: unknown];

/** A calculation on known numbers; blanks and failures never reach it. */
export type Kernel = (...xs: number[]) => Outcome;

function shapes(args: readonly Arg[]): Array<[string, Shape]> | Failure {
  const out: Array<[string, Shape]> = [];
  for (const [name, raw] of args) {
    const s = shapeOf(raw, name);
    if (isFailure(s)) return s;
    out.push([name, s]);
  }
  return out;
}

/**
 * Applies `kernel` cell by cell over arguments of one shape (or that broadcast to one). An input
 * failure wins over a blank; a blank input makes a blank result.
 */
export function elementwise(args: readonly Arg[], kernel: Kernel): MatrixResult {
  const named = shapes(args);
  if (isFailure(named)) return named;
  const shape = broadcastShape(named);
  if (isFailure(shape)) return shape;
  const matrices = args.map(([, raw]) => asMatrix(raw));
  const n = args.length;
  const xs = new Array<number>(n);
  const out: Outcome[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: Outcome[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      let blank = false;
      let failure: Failure | null = null;
      for (let i = 0; i < n && failure === null; i++) {
        const m = matrices[i];
        const [, s] = named[i];
        const v: Value = readValue(m[s.rows === 1 ? 0 : r][s.cols === 1 ? 0 : c], args[i][0]);
        if (v === null) blank = true;
        else if (typeof v === "number") xs[i] = v;
        else failure = v;
      }
      row[c] = failure ?? (blank ? null : kernel(...xs));
    }
    out[r] = row;
  }
  return out;
}
