#!/usr/bin/env node
// `node bench/pool-samples.mjs <file>`: the rows a bench recorded with POSTWRIGHT_BENCH_SAMPLES=<file>
// (any number of runs), each row's samples pooled across runs: median and p95 (nearest rank, as
// bench/harness.ts computes them), and how many of the runs met a p95 bound when one is given
// (`--p95 16`).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const boundAt = args.indexOf('--p95');
const bound = boundAt === -1 ? null : Number(args[boundAt + 1]);
if (!file) {
  console.error('Usage: node bench/pool-samples.mjs <samples file> [--p95 <ms>]');
  process.exit(2);
}
const rank = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
const rows = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const { section, name, samples } = JSON.parse(line);
  const key = `${section}: ${name}`;
  if (!rows.has(key)) rows.set(key, []);
  rows.get(key).push(samples);
}
for (const [key, runs] of rows) {
  const pooled = runs.flat().sort((a, b) => a - b);
  const p95s = runs.map((run) => rank([...run].sort((a, b) => a - b), 0.95));
  const met = bound === null ? '' : `, p95 ≤ ${bound} in ${p95s.filter((p) => p <= bound).length} of ${runs.length} runs`;
  console.log(
    `${key}: ${runs.length} runs, ${pooled.length} samples; pooled median ${rank(pooled, 0.5).toFixed(1)} ms, p95 ${rank(pooled, 0.95).toFixed(1)} ms; ` +
      `per-run p95 ${p95s.map((p) => p.toFixed(1)).join(', ')}${met}`,
  );
}
