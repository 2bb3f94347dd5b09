/*
 * Interleaved timing: each variant runs in turn, round after round, and the median of each is kept.
 * A few untimed rounds first let the JIT settle; with node --expose-gc, garbage from one sample is
 * collected before the next is timed.
 */
import { performance } from "perf_hooks";

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Milliseconds of this process's CPU time (all its threads): steadier than wall time on a shared machine. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function medianTimes(
  variants: Record<string, () => unknown>,
  rounds: number,
  warmup = 5,
  clock: () => number = () => performance.now()
): Record<string, number> {
  for (let r = 0; r < warmup; r++) for (const run of Object.values(variants)) run();
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(variants).map((k) => [k, []])
  );
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(variants)) {
      collect();
      const t0 = clock();
      run();
      samples[name].push(clock() - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return [k, sorted[Math.floor(sorted.length / 2)]];
    })
  );
}
