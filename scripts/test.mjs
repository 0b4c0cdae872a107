#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to read, then one summary line.
// Runs all stages even after a failure (so one run shows everything) and exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const stages = [
  { name: 'lint', cmd: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'build', cmd: ['npx', 'electron-vite', 'build'] },
  { name: 'packaging config', cmd: ['node', 'scripts/check-builder-config.mjs'] },
  // electron-builder --linux dir against a stand-in Electron: the app.asar's files and the fuses.
  { name: 'package', cmd: ['node', 'scripts/check-package.mjs'], needs: 'build' },
  {
    name: 'unit tests',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/unit.json`],
    counts: () => {
      const r = JSON.parse(readFileSync(`${OUT}/unit.json`, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
  },
  {
    name: 'end-to-end tests',
    cmd: ['npx', 'playwright', 'test'],
    needs: 'build',
    counts: () => {
      const report = JSON.parse(readFileSync(`${OUT}/e2e.json`, 'utf8'));
      skipReasons.push(...skippedWithReasons(report));
      const { stats } = report;
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
    },
  },
];

/** Every skip says why: collect the reasons from the Playwright report to print them at the end. */
const skipReasons = [];
function skippedWithReasons(report) {
  const found = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        found.push(`${[...path, spec.title].join(' › ')}: ${why}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return found;
}

const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const stage of stages) {
  if (stage.needs && results.find((r) => r.name === stage.needs)?.ok === false) {
    results.push({ name: stage.name, ok: false, seconds: 0, note: `not run: ${stage.needs} failed` });
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.cmd.join(' ')}`);
  const start = performance.now();
  // On Windows npx and npm are .cmd files, which Node starts only through a shell.
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
    shell: process.platform === 'win32',
  });
  const seconds = (performance.now() - start) / 1000;
  let ok = run.status === 0;
  let note = ok ? '' : `exit ${run.status ?? run.signal}`;
  if (stage.counts) {
    try {
      const c = stage.counts();
      totals.passed += c.passed;
      totals.failed += c.failed;
      totals.skipped += c.skipped;
      note = `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${ok ? '' : ` (${note})`}`;
      if (c.passed + c.failed === 0) {
        ok = false;
        note += ' — no test ran';
      }
    } catch (error) {
      ok = false;
      note = `no report (${note || error.message})`;
    }
  }
  results.push({ name: stage.name, ok, seconds, note });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(18)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.note}`);
if (skipReasons.length > 0) {
  console.log('\nSkipped');
  for (const line of skipReasons) console.log(`  - ${line}`);
}
const failedStages = results.filter((r) => !r.ok).length;
if (failedStages > 0 && totals.failed === 0) totals.failed = failedStages; // a broken lint or build counts as a failure
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStages > 0 ? 1 : 0);
