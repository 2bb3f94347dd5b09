/*
 * Excel on the web calculates a custom function outside its calculation engine: the cell shows
 * #BUSY! until the add-in's result arrives, then the cell and its dependents recalculate. This
 * keeps, per formula cell, the results that have arrived and the calls still under way.
 */
import type { SimpleCellAddress } from "hyperformula";

/** The text Excel shows in a cell whose custom function has not answered yet. */
export const BUSY = "#BUSY!";

type CallState = { arrived: false } | { arrived: true; value: unknown };

/** Results kept per cell beyond the one in use: enough for a formula with a few FIN calls. */
const KEPT_PER_CELL = 16;

/** A cell whose result arrived; `spills` when the result is more than one cell. */
export interface Arrival {
  address: SimpleCellAddress;
  spills: boolean;
}

const spills = (v: unknown) =>
  Array.isArray(v) && (v.length > 1 || (Array.isArray(v[0]) && v[0].length > 1));

export type CallOutcome = { arrived: true; value: unknown } | { arrived: false };

export class Calculation {
  private readonly cells = new Map<string, Map<string, CallState>>();
  /** Per cell, per function: the result that arrived last (its shape is the cell's spill). */
  private readonly latest = new Map<string, Map<string, unknown>>();
  private readonly underway = new Set<Promise<void>>();
  /** Cells whose results arrived since the last recalculation: recalculated together, once. */
  private arrivals: Arrival[] = [];

  /** `recalculate` makes the engine evaluate the cells again (and their dependents). */
  constructor(private readonly recalculate: (arrivals: Arrival[]) => void) {}

  /**
   * The result of `call` in this cell with these arguments if it has arrived; otherwise starts it
   * (after the engine's current evaluation, as the add-in runs apart from Excel) and says so.
   */
  call(
    address: SimpleCellAddress,
    functionId: string,
    argsKey: string,
    run: () => unknown
  ): CallOutcome {
    const cellKey = keyOf(address);
    const callKey = `${functionId}(${argsKey})`;
    let calls = this.cells.get(cellKey);
    if (!calls) this.cells.set(cellKey, (calls = new Map()));
    const known = calls.get(callKey);
    if (known) return known.arrived ? known : { arrived: false };
    if (calls.size >= KEPT_PER_CELL) {
      for (const [k, s] of calls) if (s.arrived) calls.delete(k);
    }
    calls.set(callKey, { arrived: false });
    // `run` never rejects: the plugin turns a thrown error into the cell error Excel shows.
    const done = Promise.resolve()
      .then(run)
      .then((value) => {
        if (calls.get(callKey)?.arrived !== false) return;
        calls.set(callKey, { arrived: true, value });
        if (!this.latest.has(cellKey)) this.latest.set(cellKey, new Map());
        this.latest.get(cellKey)!.set(functionId, value);
        this.arrive({ address, spills: spills(value) });
      })
      .finally(() => this.underway.delete(done));
    this.underway.add(done);
    return { arrived: false };
  }

  private arrive(arrival: Arrival): void {
    this.arrivals.push(arrival);
    if (this.arrivals.length > 1) return; // a recalculation is already queued
    const recalculated: Promise<void> = Promise.resolve()
      .then(() => {
        const cells = this.arrivals;
        this.arrivals = [];
        this.recalculate(cells);
      })
      .finally(() => this.underway.delete(recalculated));
    this.underway.add(recalculated);
  }

  /** The last result of `functionId` to arrive in this cell, or undefined before any has. */
  lastResult(address: SimpleCellAddress, functionId: string): unknown {
    return this.latest.get(keyOf(address))?.get(functionId);
  }

  /** Whether a call is under way (a cell still shows #BUSY!). */
  busy(): boolean {
    return this.underway.size > 0;
  }

  /** Resolves once every call has answered, including calls its answers started in dependent cells. */
  async settled(): Promise<void> {
    while (this.underway.size > 0) await Promise.all([...this.underway]);
  }
}

const keyOf = (a: SimpleCellAddress) => `${a.sheet},${a.row},${a.col}`;
