import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const BUNDLED_IN_MAIN = [
  'markdown-it',
  'markdown-it-footnote',
  'markdown-it-github-alerts',
  '@vscode/markdown-it-katex',
  'highlight.js',
  'js-yaml',
  'smol-toml',
  'feed',
  'zod',
  '@sindresorhus/slugify',
  '@sindresorhus/transliterate',
];

// Three builds, one per runtime. Main also builds the Electron-free CLI (`serve`), which runs under
// plain Node, so `npm run serve` and the browser tests need no Electron binary.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Packages every export loads are bundled in: Node's loader spent ~110 ms resolving, reading
      // and linking their ~200 module files on each CLI start (zod alone ~45 ms), and one bundle
      // file costs a fraction of that. jsdom, loaded only for raw HTML, and the rest stay outside.
      externalizeDeps: { exclude: BUNDLED_IN_MAIN },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [
      react(),
      {
        // In `electron-vite dev` only: the meta policy would block Vite's inline refresh preamble;
        // the session header (relaxed for the dev server alone) still applies.
        name: 'postwright:dev-csp',
        apply: 'serve',
        transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
      },
    ],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
