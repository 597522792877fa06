/**
 * The timing harness every suite uses: tinybench (pinned) runs each task with a warm-up first,
 * then enough iterations to fill a time budget; figures are medians and percentiles of its samples.
 * A suite runs in a process of its own (see main.ts) and hands its result back with `writeResult`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Bench } from 'tinybench';

export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly samples: number;
}

export interface TimeOptions {
  /** At least this many timed iterations... */
  readonly iterations?: number;
  /** ...and keep going until this much time has passed. */
  readonly ms?: number;
  readonly warmupIterations?: number;
}

/** The q-quantile (0..1) of numbers sorted ascending, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const sortedCopy = (values: readonly number[]): number[] =>
  [...values].sort((a, b) => a - b);

/** Times `fn` with tinybench: warm-up iterations first, then the timed ones. */
export function time(
  name: string,
  fn: () => unknown,
  { iterations = 15, ms = 300, warmupIterations = 3 }: TimeOptions = {},
): Timing {
  const bench = new Bench({
    name,
    iterations,
    time: ms,
    warmupIterations,
    warmupTime: 0,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn);
  bench.runSync();
  const result = bench.tasks[0]?.result;
  if (result?.state !== 'completed') throw new Error(`${name}: ${result?.state ?? 'not run'}`);
  const samples = result.latency.samples ?? [];
  return {
    medianMs: result.latency.p50,
    p95Ms: quantile(samples, 0.95),
    samples: samples.length,
  };
}

/**
 * Times every item of a list, several passes over the list: the first `warmupItems` items once as
 * a warm-up, then whole passes (at least one) until `ms` have passed. `run(item, lap)` must call
 * `lap()` each time one unit of work (a sentence) ends; returns, per unit, its median over passes.
 */
export function timeEach<T>(
  name: string,
  items: readonly T[],
  run: (item: T, lap: () => void) => void,
  { ms = 3000, warmupItems = 1 }: { ms?: number; warmupItems?: number } = {},
): { perUnitMs: number[]; passes: number } {
  let units: number[][] = [];
  let limit = items.length;
  let recording = false;
  const bench = new Bench({
    name,
    iterations: 1,
    time: ms,
    warmupIterations: 1,
    warmupTime: 0,
    throws: true,
  });
  bench.add(
    name,
    () => {
      let unit = 0;
      let started = performance.now();
      const lap = (): void => {
        const now = performance.now();
        if (recording) (units[unit] ??= []).push(now - started);
        unit++;
        started = performance.now();
      };
      for (const item of items.slice(0, limit)) {
        started = performance.now();
        run(item, lap);
      }
    },
    {
      beforeAll(mode) {
        limit = mode === 'warmup' ? Math.min(warmupItems, items.length) : items.length;
        recording = mode === 'run';
        if (recording) units = [];
      },
    },
  );
  bench.runSync();
  const perUnitMs = units.map((times) => quantile(sortedCopy(times), 0.5));
  return { perUnitMs, passes: units[0]?.length ?? 0 };
}

/** Where main.ts wants this suite's result. */
export function writeResult(result: unknown): void {
  const path = process.env.BENCH_RESULT;
  if (!path) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
}

/** Heap in use after full collections (node --expose-gc); NaN when gc is not exposed. */
export function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}
