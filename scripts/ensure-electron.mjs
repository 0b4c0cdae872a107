#!/usr/bin/env node
// `npm start` needs Electron's binary. The electron package no longer downloads it on install; it
// does so on first use, which electron-vite's preview skips ("Electron uninstall"). So fetch it
// here, once, through the package's own installer (which honours ELECTRON_MIRROR and its cache),
// and say plainly what to do when that is impossible.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(import.meta.dirname, '..', 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');

const installed = () =>
  process.env.ELECTRON_EXEC_PATH
    ? existsSync(process.env.ELECTRON_EXEC_PATH)
    : existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!installed()) {
  console.log('Downloading Electron (first start only)…');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (run.status !== 0 || !installed()) {
    console.error(
      '\nPostwright could not download Electron, so the desktop app cannot start here.\n' +
        '- Check the network (or set ELECTRON_MIRROR to a reachable mirror) and run `npm start` again, or\n' +
        '- point ELECTRON_EXEC_PATH at an Electron 45 executable, or\n' +
        '- use the same editor in a browser: `npm run serve -- <folder>`.',
    );
    process.exit(1);
  }
}
