import { Failure, fail } from "./outcome";
import { say } from "./messages";

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function describeShape(shape: Shape): string {
  return `${shape.rows}×${shape.cols}`;
}

/** The shape of a range argument; a bare value counts as 1×1. Ragged or empty input fails. */
export function shapeOf(m: unknown, arg: string): Shape | Failure {
  if (!Array.isArray(m)) return { rows: 1, cols: 1 };
  if (m.length === 0) return fail("invalidValue", say("emptyRange", arg));
  const first = m[0];
  if (!Array.isArray(first) || first.length === 0)
    return fail("invalidValue", say("emptyRange", arg));
  const cols = first.length;
  for (let r = 1; r < m.length; r++) {
    const row = m[r];
    if (!Array.isArray(row) || row.length !== cols) {
      return fail("invalidValue", say("raggedRange", arg));
    }
  }
  return { rows: m.length, cols };
}

/** A bare value as a 1×1 matrix, so every metric reads ranges only. */
export function asMatrix(m: unknown): unknown[][] {
  return Array.isArray(m) ? (m as unknown[][]) : [[m]];
}

/**
 * The shape of an element-wise result over several arguments: each dimension must agree or be 1
 * (a single cell, a row over a block, a column over a block), as Excel's array arithmetic does.
 */
export function broadcastShape(args: ReadonlyArray<[string, Shape]>): Shape | Failure {
  let rows = 1;
  let cols = 1;
  for (const [, s] of args) {
    rows = Math.max(rows, s.rows);
    cols = Math.max(cols, s.cols);
  }
  for (let i = 0; i < args.length; i++) {
    const [name, s] = args[i];
    if ((s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols)) {
      const [otherName, other] =
        args.find(([, o]) => o.rows !== s.rows || o.cols !== s.cols) ?? args[0];
      return fail(
        "invalidValue",
        say("shapes", name, describeShape(s), otherName, describeShape(other))
      );
    }
  }
  return { rows, cols };
}
