// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import rules that keep code sorted by where it runs (see README, "Architecture").
 * Do not relax them: a slip must fail `npm test`, not wait for a review.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeRule = { paths: nodeBuiltins, message: 'Node built-ins only run in electron/ (services, main, cli, serve).' };

const rendererPaths = ['electron', ...nodeBuiltins, 'jsdom'];
const rendererPatterns = [
  { group: ['node:*'], message: nodeRule.message },
  { group: ['**/electron/**', '!**/@codemirror/**'], message: 'renderer/ never imports electron/: it talks to the host through renderer/api.' },
];

/** @param {{ paths?: string[], patterns?: {group: string[], message: string}[] }} extra */
const restrict = ({ paths = [], patterns = [] }) => [
  'error',
  {
    paths: paths.map((name) => ({ name, message: 'Not allowed here: see the import rules in eslint.config.js.' })),
    patterns,
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // Tooling, tests and scripts run in Node.
  {
    files: ['**/*.{js,mjs,cjs}', '*.config.ts', 'scripts/**', 'bench/**', 'e2e/**', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // shared/: runs anywhere. No electron, no Node, no DOM (the DOM is kept out by its tsconfig lib).
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: ['electron', ...nodeBuiltins, 'react', 'react-dom', 'jsdom'],
        patterns: [
          { group: ['node:*'], message: nodeRule.message },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/ and pure packages.' },
          { group: ['@codemirror/*', 'codemirror'], message: 'shared/ must not depend on the editor.' },
        ],
      }),
    },
  },
  // renderer/: the browser. Never electron, Node or the electron/ folder; the host only through renderer/api.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict({ paths: rendererPaths, patterns: rendererPatterns }),
    },
  },
  // Inside renderer/, app/ is the top: it wires everything, and nothing below imports it back
  // (a folder gets what it needs passed in, or from state/, commands/, workspace/…).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts', 'renderer/app/**', 'renderer/main.tsx'],
    rules: {
      'no-restricted-imports': restrict({
        paths: rendererPaths,
        patterns: [...rendererPatterns, { group: ['**/app/*', '**/app'], message: 'Only renderer/app and main.tsx import renderer/app: lower folders never reach back up.' }],
      }),
    },
  },
  // Electron-free services, the CLI and the HTTP host: must run under plain Node.
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/serve/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict({
        paths: ['electron'],
        patterns: [
          { group: ['**/main/**', '**/preload/**'], message: 'Electron-free code never imports the Electron adapters.' },
          { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' },
        ],
      }),
    },
  },
  // electron/main: Electron adapter. Only ipc-handlers.ts may touch ipcMain.
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc-handlers.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict({
        paths: [],
        patterns: [{ group: ['**/renderer/**'], message: 'Node code never imports the renderer.' }],
      }),
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only electron/main/ipc-handlers.ts touches ipcMain.' },
        { selector: "MemberExpression[property.name='ipcMain']", message: 'Only electron/main/ipc-handlers.ts touches ipcMain.' },
      ],
    },
  },
  // Decisions inside electron/main that must stay Electron-free (types only), so plain Node tests
  // cover them: URL allow-lists, what app:// serves, updates, window state, menus as data.
  {
    files: [
      'electron/main/{security-policy,protocol-files,update-policy,update-menu-item,window-state,window-state-store,window-options,menu-template,app-paths,launch-args,close-handshake,crash-policy,folder-opened-hook,app-identity}.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'This module is Electron-free: import types only.', allowTypeImports: true }] },
      ],
    },
  },
  // electron/preload: one file, the only place ipcRenderer appears; it exposes named methods only.
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict({
        paths: nodeBuiltins,
        patterns: [{ group: ['**/services/**', '**/main/**', '**/renderer/**'], message: 'The preload bundles only shared/.' }],
      }),
    },
  },
);
