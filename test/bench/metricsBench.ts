/*
 * FIN.GROWTHSERIES and FIN.EXPENSERATIO over 1,000,000 values, called as Excel calls them (the
 * production functions.js, nested arrays in and out), against hand-written loops that compute the
 * same numbers from the same arrays.
 */
import { loadBuiltFunctionsInThisRealm } from "../helpers/builtFunctions";
import { medianTimes } from "./timing";

const N = 1_000_000;

function series(n: number, seed: number): number[] {
  // Built with push, as a host builds the arrays it passes: a large `new Array(n)` is a slow dictionary.
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 16807) % 2147483647;
    out.push(1 + (x % 100000) / 100); // positive, varied, never zero
  }
  return out;
}

function handGrowthSeries(values: number[][]): (number | string)[][] {
  const row = values[0];
  const out: (number | string)[] = [""];
  for (let i = 1; i < row.length; i++) out.push((row[i] - row[i - 1]) / Math.abs(row[i - 1]));
  return [out];
}

function handExpenseRatio(expenses: number[][], revenue: number[][]): number[][] {
  const rev = revenue[0];
  const out: number[] = [];
  for (let c = 0; c < rev.length; c++) {
    let sum = 0;
    for (let k = 0; k < expenses.length; k++) sum += expenses[k][c];
    out.push(sum / rev[c]);
  }
  return [out];
}

export interface MetricsFigures {
  values: number;
  growthSeries: { finMs: number; handMs: number; ratio: number };
  expenseRatio: { finMs: number; handMs: number; ratio: number };
}

export function benchMetrics(rounds = 21): MetricsFigures {
  const { registry } = loadBuiltFunctionsInThisRealm();
  const growthSeries = registry.get("GROWTHSERIES")!;
  const expenseRatio = registry.get("EXPENSERATIO")!;
  const revenueRow = [series(N, 7)];
  // 1,000,000 values: three expense lines (selling, admin, finance) over 250,000 periods, plus revenue.
  const periods = N / 4;
  const expenses = [series(periods, 11), series(periods, 13), series(periods, 17)];
  const revenue = [series(periods, 19)];

  // Same numbers from both: checked once before timing.
  const a = growthSeries(revenueRow, null) as unknown[][];
  const b = handGrowthSeries(revenueRow);
  const c = expenseRatio(expenses, revenue) as unknown[][];
  const d = handExpenseRatio(expenses, revenue);
  for (const i of [1, 2, 500_000, N - 1]) {
    if (a[0][i] !== b[0][i]) throw new Error(`GROWTHSERIES differs at ${i}`);
  }
  for (const i of [0, 1, periods - 1]) {
    if (Math.abs((c[0][i] as number) - d[0][i]) > 1e-15)
      throw new Error(`EXPENSERATIO differs at ${i}`);
  }

  // Each function is timed against its own loop; the two functions are not interleaved.
  const t = {
    ...medianTimes(
      {
        finGrowth: () => growthSeries(revenueRow, null),
        handGrowth: () => handGrowthSeries(revenueRow),
      },
      rounds
    ),
    ...medianTimes(
      {
        finRatio: () => expenseRatio(expenses, revenue),
        handRatio: () => handExpenseRatio(expenses, revenue),
      },
      rounds
    ),
  };
  const figure = (fin: number, hand: number) => ({
    finMs: round(fin),
    handMs: round(hand),
    ratio: round(fin / hand),
  });
  return {
    values: N,
    growthSeries: figure(t.finGrowth, t.handGrowth),
    expenseRatio: figure(t.finRatio, t.handRatio),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
