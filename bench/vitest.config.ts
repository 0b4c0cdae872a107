import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks only (`npm run bench`): never part of `npm test`, whose root config includes
// `*.test.ts` files only. One file at a time, so two benchmarks never share the two cores.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // global.gc, so heap figures and runs are not skewed by the previous run's garbage.
    execArgv: ['--expose-gc'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The tables go straight to stdout, in order.
    disableConsoleIntercept: true,
    reporters: ['default'],
  },
});
