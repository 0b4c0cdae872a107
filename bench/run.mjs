#!/usr/bin/env node
// `npm run bench [-- --quick] [-- <file filter>…]`: runs bench/*.bench-run.ts through Vitest (our
// TypeScript runner on Node 20), one file at a time, then prints every figure in one table.
// --quick: a smaller corpus and fewer repetitions. Any other argument is a Vitest file filter,
// e.g. `npm run bench -- listing`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filters = args.filter((a) => a !== '--quick');
const unknown = filters.filter((a) => a.startsWith('-'));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --quick] [-- <file filter>]`);
  process.exit(2);
}

const loadAtStart = loadavg()[0];
const resultsDir = mkdtempSync(join(tmpdir(), 'postwright-bench-results-'));
const resultsFile = join(resultsDir, 'results.jsonl');
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const child = spawn('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', ...filters], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, POSTWRIGHT_BENCH_QUICK: quick ? '1' : '0', POSTWRIGHT_BENCH_RESULTS: resultsFile },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  try {
    if (existsSync(resultsFile)) printSummary(readFileSync(resultsFile, 'utf8'));
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
  process.exit(code ?? (signal ? 1 : 0));
});

function printSummary(jsonl) {
  // In the order of bench/README.md, whatever order Vitest ran the files in.
  const ORDER = ['list', 'open+save', 'render', 'export'];
  const rank = (s) => {
    const i = ORDER.findIndex((prefix) => s.rows[0]?.section.startsWith(prefix));
    return i < 0 ? ORDER.length : i;
  };
  const sections = jsonl
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .sort((a, b) => rank(a) - rank(b));
  const rows = sections.flatMap((s) => s.rows);
  if (rows.length === 0) return;
  const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  const header = ['benchmark', 'n', 'min ms', 'median ms', 'p95 ms', 'max ms', 'notes'];
  const body = rows.map((r) => [`${r.section}: ${r.name}`, String(r.stats.n), fmt(r.stats.min), fmt(r.stats.median), fmt(r.stats.p95), fmt(r.stats.max), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const cpu = cpus();
  console.log(
    [
      '',
      `Postwright benchmarks${quick ? ' (--quick)' : ''}: all figures`,
      `machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
        `${process.platform} ${release()}, Node ${process.versions.node}; markdown-it ${version('markdown-it')}, ` +
        `dompurify ${version('dompurify')}, jsdom ${version('jsdom')}, yaml ${version('yaml')}`,
      `load average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, on ${cpu.length} cores ` +
        '(other work on the machine slows every figure; compare rows measured together)',
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...body.map(line),
      '',
      ...sections.flatMap((s) => s.notes.map((n) => `- ${n}`)),
      '',
    ].join('\n'),
  );
}
