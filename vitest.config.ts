import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node. A file that needs a DOM says so itself with
// `// @vitest-environment jsdom` (never happy-dom: it gets DOMPurify wrong).
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
