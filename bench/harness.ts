import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** `npm run bench -- --quick`: a smaller corpus and fewer repetitions (run.mjs sets this). */
export const QUICK = process.env.POSTWRIGHT_BENCH_QUICK === '1';

/** Picks the full or the quick value. */
export const scale = <T>(full: T, quick: T): T => (QUICK ? quick : full);

export interface Stats {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** Nearest-rank percentiles: with few runs p95 is the largest or second-largest sample. */
export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { n: sorted.length, min: sorted[0]!, median: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1]! };
}

/** Runs the collector if Node was started with --expose-gc (the bench config does that). */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}

export interface MeasureOptions {
  /** Runs that are timed but thrown away (JIT, caches, lazy loading). */
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Times `fn` (ms, wall clock) `runs` times after `warmup` untimed runs. Each run gets the value
 * the previous run returned, so a check can look at it; garbage is collected before each timed
 * run when possible, so one run's garbage is not charged to the next.
 */
export async function measure<T>(fn: () => T | Promise<T>, options: MeasureOptions): Promise<{ stats: Stats; last: T }> {
  let last: T | undefined;
  for (let i = 0; i < options.warmup; i++) last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    collectGarbage();
    const start = performance.now();
    last = await fn();
    samples.push(performance.now() - start);
  }
  return { stats: stats(samples), last: last as T };
}

type Outcome<F> = { stats: Stats; last: Awaited<F extends () => infer R ? R : never> };

/**
 * Like `measure`, for several cases that are to be compared: one run of each in turn (the order
 * rotating), so a burst of load on this shared machine hits every case alike and their ratios
 * hold even when the absolute times do not.
 */
export async function measureEach<T extends Record<string, () => unknown>>(
  cases: T,
  options: MeasureOptions,
): Promise<{ [K in keyof T]: Outcome<T[K]> }> {
  const names = Object.keys(cases) as (keyof T & string)[];
  const samples = new Map(names.map((name) => [name, [] as number[]]));
  const last = new Map<string, unknown>();
  for (let i = 0; i < options.warmup + options.runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      collectGarbage();
      const start = performance.now();
      last.set(name, await cases[name]!());
      const elapsed = performance.now() - start;
      if (i >= options.warmup) samples.get(name)!.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, { stats: stats(samples.get(name)!), last: last.get(name) }])) as {
    [K in keyof T]: Outcome<T[K]>;
  };
}

/** One line of a results table. */
export interface ResultRow {
  readonly section: string;
  readonly name: string;
  readonly stats: Stats;
  /** Throughput, sizes, memory: whatever makes the figure readable. */
  readonly note?: string;
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A plain-text table with right-aligned figures, for a terminal or a README code block. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['benchmark', 'n', 'min ms', 'median ms', 'p95 ms', 'max ms', 'notes'];
  const body = rows.map((r) => [`${r.section}: ${r.name}`, String(r.stats.n), ms(r.stats.min), ms(r.stats.median), ms(r.stats.p95), ms(r.stats.max), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * Prints a section's table and hands its rows to bench/run.mjs (through the file it names in
 * POSTWRIGHT_BENCH_RESULTS), which prints every section in one table at the end.
 */
export function report(title: string, rows: readonly ResultRow[], notes: readonly string[] = []): void {
  console.log(`\n${title}${QUICK ? ' (quick)' : ''}\n${formatTable(rows)}${notes.map((n) => `\n  ${n}`).join('')}\n`);
  const file = process.env.POSTWRIGHT_BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify({ rows, notes })}\n`);
}

/**
 * With POSTWRIGHT_BENCH_SAMPLES=<file>, appends one row's raw samples (one JSON line) to that file:
 * a 95th percentile of 80 samples is the fifth-slowest, so single runs scatter, and several runs'
 * samples pooled give a steadier figure (bench/pool-samples.mjs).
 */
export function recordSamples(section: string, name: string, samples: readonly number[]): void {
  const file = process.env.POSTWRIGHT_BENCH_SAMPLES;
  if (file) appendFileSync(file, `${JSON.stringify({ section, name, samples })}\n`);
}
