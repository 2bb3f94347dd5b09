/**
 * Result rows that a metric's own loop filled with finite numbers only, so that turning a result
 * into Excel's cells can pass them by unread. Why not read them: V8 keeps such a row as unboxed
 * doubles, and one loop that reads both these rows and rows holding blanks or failures makes V8
 * rewrite every double row it meets as boxed values first (an elements-kind transition), which
 * about doubled the cost of FIN.MARGIN once FIN.GROWTHSERIES had run in the same runtime.
 */
const plain = new WeakSet<readonly unknown[]>();

/** Marks a row of finite numbers and returns it. */
export function plainRow<T extends readonly unknown[]>(row: T): T {
  plain.add(row);
  return row;
}

/** True for a row marked by plainRow: every cell is a finite number. */
export function isPlainRow(row: readonly unknown[]): boolean {
  return plain.has(row);
}
