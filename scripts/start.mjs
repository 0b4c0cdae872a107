#!/usr/bin/env node
// `npm start [-- <folder>]` (after the build): the desktop app when Electron's binary is there or can
// be downloaded; otherwise, after saying why, the same editor in a browser: the `serve` host on the
// same folder (the one named, else the one used last, else the sample blog), its URL printed and,
// on a desktop, opened. So the README's first command always gives a working editor.
// Turn the browser fallback off with --no-browser-fallback or POSTWRIGHT_BROWSER_FALLBACK=0.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { NO_ELECTRON_MESSAGE, ensureElectron } from './ensure-electron.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
export const FALLBACK_FLAG = '--no-browser-fallback';
export const FALLBACK_ENV = 'POSTWRIGHT_BROWSER_FALLBACK';

/** What `npm start` was asked for: the folder (first positional) and whether a browser may stand in. */
export function startPlan(argv, env) {
  const folder = argv.find((arg) => !arg.startsWith('-'));
  const off = argv.includes(FALLBACK_FLAG) || ['0', 'false', 'no', 'off'].includes((env[FALLBACK_ENV] ?? '').toLowerCase());
  return { folder, browserFallback: !off };
}

/** The editor's URL in a line the serve CLI prints ("Open http://127.0.0.1:…/?token=…"), or null. */
export function servedUrl(line) {
  return /^Open (http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line.trim())?.[1] ?? null;
}

/**
 * Whether to open the URL in the user's browser: only for a person at a desktop (a terminal, not
 * CI or a test's pipe; on Linux, a graphical session).
 */
export function shouldOpenBrowser({ platform, env, isTTY }) {
  if (!isTTY || env.CI) return false;
  if (platform === 'linux') return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return platform === 'darwin' || platform === 'win32';
}

/** Runs `postwright serve` in the foreground, echoing its output and opening its URL when allowed. */
function serveInBrowser(folder) {
  const cli = join(projectRoot, 'out', 'main', 'cli.js');
  const child = spawn(process.execPath, [cli, 'serve', ...(folder === undefined ? [] : [resolve(folder)])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const canOpen = shouldOpenBrowser({ platform: process.platform, env: process.env, isTTY: Boolean(process.stdout.isTTY) });
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    const url = servedUrl(line);
    if (url === null || !canOpen) return;
    // `open` knows each OS's way (xdg-open, open, start, WSL); a failure only costs the convenience.
    import('open')
      .then(({ default: open }) => open(url))
      .catch((error) => console.error(`(Could not open a browser: ${error instanceof Error ? error.message : error}. Open the URL above.)`));
  });
  // Ctrl+C reaches both processes; wait for the host to close before exiting with its code.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 0 : 1)));
}

function launchDesktopApp(folder) {
  const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const args = [electronVite, 'preview', '--skipBuild', ...(folder === undefined ? [] : ['--', resolve(folder)])];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const plan = startPlan(process.argv.slice(2), process.env);
  if (ensureElectron()) {
    launchDesktopApp(plan.folder);
  } else {
    console.error(NO_ELECTRON_MESSAGE);
    if (!plan.browserFallback) {
      process.exit(1);
    }
    console.error(`\nStarting the same editor in your browser instead (${FALLBACK_FLAG} or ${FALLBACK_ENV}=0 turns this off)…\n`);
    serveInBrowser(plan.folder);
  }
}
