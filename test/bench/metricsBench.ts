/*
 * Every FIN function over 1,000,000 input values, called as Excel calls it (the production
 * functions.js, nested arrays in and out), against a hand-written loop that computes the same
 * numbers from the same arrays, interleaved in the same run. Each result is checked cell by cell
 * against its loop before timing.
 */
import { loadBuiltFunctionsInThisRealm } from "../helpers/builtFunctions";
import { cpuMs, medianTimes } from "./timing";

const N = 1_000_000;

type Row = number[];
type Out = (number | string)[][];

function series(n: number, seed: number, scale = 100000): Row {
  // Built with push, as a host builds the arrays it passes: a large `new Array(n)` is a slow dictionary.
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 16807) % 2147483647;
    out.push(1 + (x % scale) / 100); // positive, varied, never zero
  }
  return out;
}

function wholeYears(n: number, seed: number): Row {
  return series(n, seed, 900).map((v) => Math.floor(v / 1.5) + 1);
}

/** One FIN function: its input, made when it is timed, and the loop that computes its result by hand. */
interface Case {
  id: string;
  what: string;
  make: () => { args: unknown[]; hand: () => Out };
}

const HALF = N / 2;
const THIRD = Math.floor(N / 3);
const QUARTER = N / 4;

/** Two rows of 500,000; each function's loop over them is written out, so the JIT inlines it. */
function pairs(hand: (a: Row, b: Row) => Out) {
  return () => {
    const a = series(HALF, 7);
    const b = series(HALF, 11);
    return { args: [[a], [b]], hand: () => hand(a, b) };
  };
}

const CASES: Case[] = [
  {
    id: "GROWTH",
    what: "2 rows × 500,000",
    make: pairs((c, p) => {
      const out: number[] = [];
      for (let i = 0; i < c.length; i++) out.push((c[i] - p[i]) / Math.abs(p[i]));
      return [out];
    }),
  },
  {
    id: "GROWTHSERIES",
    what: "1 row × 1,000,000",
    make: () => {
      const full = series(N, 13);
      const hand = (): Out => {
        const out: (number | string)[] = [""];
        for (let i = 1; i < full.length; i++)
          out.push((full[i] - full[i - 1]) / Math.abs(full[i - 1]));
        return [out];
      };
      return { args: [[full], null, null], hand };
    },
  },
  {
    id: "CAGR",
    what: "3 rows × 333,333",
    make: () => {
      const begin = series(THIRD, 47);
      const end = series(THIRD, 53);
      const years = wholeYears(THIRD, 59);
      const hand = (): Out => {
        const out: number[] = [];
        for (let i = 0; i < begin.length; i++)
          out.push(Math.pow(end[i] / begin[i], 1 / years[i]) - 1);
        return [out];
      };
      return { args: [[begin], [end], [years]], hand };
    },
  },
  {
    id: "EXPENSERATIO",
    what: "3 lines × 250,000 + revenue",
    make: () => {
      const lines = [series(QUARTER, 17), series(QUARTER, 19), series(QUARTER, 23)];
      const revenue = series(QUARTER, 29);
      const hand = (): Out => {
        const out: number[] = [];
        for (let c = 0; c < revenue.length; c++) {
          let sum = 0;
          for (let k = 0; k < lines.length; k++) sum += lines[k][c];
          out.push(sum / revenue[c]);
        }
        return [out];
      };
      return { args: [lines, [revenue], null, null, null, null], hand };
    },
  },
  {
    id: "LOSSRATE",
    what: "2 rows × 500,000",
    make: pairs((n, r) => {
      const out: number[] = [];
      for (let i = 0; i < n.length; i++) out.push(-n[i] / r[i]);
      return [out];
    }),
  },
  {
    id: "MARGIN",
    what: "2 rows × 500,000",
    make: pairs((x, r) => {
      const out: number[] = [];
      for (let i = 0; i < x.length; i++) out.push(x[i] / r[i]);
      return [out];
    }),
  },
  {
    id: "SHARE",
    what: "4 lines × 250,000, each period's own total",
    make: () => {
      const parts = [31, 37, 41, 43].map((seed) => series(QUARTER, seed));
      const hand = (): Out => {
        const out: number[][] = parts.map(() => []);
        for (let c = 0; c < QUARTER; c++) {
          let total = 0;
          for (let k = 0; k < parts.length; k++) total += parts[k][c];
          for (let k = 0; k < parts.length; k++) out[k].push(parts[k][c] / total);
        }
        return out;
      };
      return { args: [parts, null], hand };
    },
  },
  {
    id: "PPCHANGE",
    what: "2 rows × 500,000",
    make: pairs((c, p) => {
      const out: number[] = [];
      for (let i = 0; i < c.length; i++) out.push((c[i] - p[i]) * 100);
      return [out];
    }),
  },
  {
    id: "CUMULATIVE",
    what: "1 row × 1,000,000",
    make: () => {
      const full = series(N, 13);
      const hand = (): Out => {
        const out: number[] = [];
        let total = 0;
        for (let i = 0; i < full.length; i++) out.push((total += full[i]));
        return [out];
      };
      return { args: [[full], null], hand };
    },
  },
  {
    id: "TTM",
    what: "1 row × 1,000,000, 4 periods",
    make: () => {
      const full = series(N, 13);
      const hand = (): Out => {
        const out: (number | string)[] = [];
        for (let i = 0; i < full.length; i++)
          out.push(i < 3 ? "" : full[i - 3] + full[i - 2] + full[i - 1] + full[i]);
        return [out];
      };
      return { args: [[full], null], hand };
    },
  },
  {
    id: "TTMRATIO",
    what: "2 rows × 500,000, 4 periods",
    make: () => {
      const a = series(HALF, 7);
      const b = series(HALF, 11);
      const hand = (): Out => {
        const out: (number | string)[] = [];
        for (let i = 0; i < a.length; i++)
          out.push(
            i < 3
              ? ""
              : (a[i - 3] + a[i - 2] + a[i - 1] + a[i]) / (b[i - 3] + b[i - 2] + b[i - 1] + b[i])
          );
        return [out];
      };
      return { args: [[a], [b], null], hand };
    },
  },
  {
    id: "DECUMULATE",
    what: "1 row × 1,000,000, 4 a year",
    make: () => {
      const full = series(N, 13);
      const hand = (): Out => {
        const out: number[] = [];
        for (let i = 0; i < full.length; i++)
          out.push(i % 4 === 0 ? full[i] : full[i] - full[i - 1]);
        return [out];
      };
      return { args: [[full], null], hand };
    },
  },
];

/** The same cells from both, to a relative 1e-12 (sums may be added in another order). */
function checkSame(id: string, fin: unknown, hand: Out): void {
  const f = fin as unknown[][];
  if (!Array.isArray(f) || f.length !== hand.length) throw new Error(`${id}: result shape differs`);
  for (let r = 0; r < hand.length; r++) {
    if (f[r].length !== hand[r].length) throw new Error(`${id}: row ${r} length differs`);
    for (let c = 0; c < hand[r].length; c++) {
      const x = f[r][c];
      const y = hand[r][c];
      const same =
        typeof x === "number" && typeof y === "number"
          ? Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y))
          : x === y;
      if (!same) throw new Error(`${id} differs at ${r},${c}: ${String(x)} vs ${String(y)}`);
    }
  }
}

export interface FunctionFigure {
  input: string;
  finMs: number;
  handMs: number;
  ratio: number;
}

export interface MetricsFigures {
  values: number;
  functions: Record<string, FunctionFigure>;
}

export function benchMetrics(rounds = 21, only?: string[]): MetricsFigures {
  const { registry } = loadBuiltFunctionsInThisRealm();
  const functions: Record<string, FunctionFigure> = {};
  for (const c of CASES.filter((x) => !only || only.includes(x.id))) {
    const fn = registry.get(c.id)!;
    // Made here so that only this function's arrays are live while it is timed.
    const { args, hand } = c.make();
    checkSame(c.id, fn(...args), hand());
    // Each function is timed against its own loop, the two interleaved round by round, in CPU time.
    const t = medianTimes({ fin: () => fn(...args), hand }, rounds, 5, cpuMs);
    functions[`FIN.${c.id}`] = {
      input: c.what,
      finMs: round(t.fin),
      handMs: round(t.hand),
      ratio: round(t.fin / t.hand),
    };
  }
  return { values: N, functions };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// Alone, for one or a few functions: node --expose-gc -r ts-node/register test/bench/metricsBench.ts MARGIN GROWTH
if (require.main === module) {
  const only = process.argv.slice(2);
  console.table(benchMetrics(21, only.length ? only : undefined).functions);
}
