#!/usr/bin/env node
// `npm start` and `npm run dev` need Electron's binary. The electron package no longer downloads it
// on install; it does so on first use, which electron-vite's preview skips ("Electron uninstall").
// So fetch it here, once, through the package's own installer (which honours ELECTRON_MIRROR and its
// cache), and say plainly what to do when that is impossible. ELECTRON_SKIP_BINARY_DOWNLOAD (Electron's
// own variable) skips the attempt. Run directly (as `npm run dev` does) it exits 1 when there is no
// binary; scripts/start.mjs imports it and offers the editor in a browser instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const electronDir = join(import.meta.dirname, '..', 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');

/** True when an Electron executable is there to launch (ELECTRON_EXEC_PATH, else the package's download). */
export function electronInstalled(env = process.env) {
  return env.ELECTRON_EXEC_PATH
    ? existsSync(env.ELECTRON_EXEC_PATH)
    : existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

export const NO_ELECTRON_MESSAGE =
  '\nPostwright could not download Electron, so the desktop app cannot start here.\n' +
  '- Check the network (or set ELECTRON_MIRROR to a reachable mirror) and run `npm start` again, or\n' +
  '- point ELECTRON_EXEC_PATH at an Electron 45 executable, or\n' +
  '- use the same editor in a browser: `npm run serve -- <folder>`.';

/** Makes sure the binary is there, downloading it once if allowed. True when it is. */
export function ensureElectron(env = process.env) {
  if (electronInstalled(env)) return true;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  console.log('Downloading Electron (first start only)…');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env });
  return run.status === 0 && electronInstalled(env);
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  if (!ensureElectron()) {
    console.error(NO_ELECTRON_MESSAGE);
    process.exit(1);
  }
}
