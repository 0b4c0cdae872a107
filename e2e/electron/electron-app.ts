import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/**
 * Finding and launching the real app for the Electron specs. Where that cannot run (no Electron
 * binary, no display) the specs skip and print why; on the release runners, which set
 * POSTWRIGHT_REQUIRE_ELECTRON_E2E, a skip would hide a broken app, so it is a failure.
 */

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const mainEntry = join(root, 'out/main/index.js');
export const fixtureBlog = join(root, 'e2e/fixtures/blog');

/**
 * The Electron executable, found without `require('electron')`: that call starts the binary's
 * download when it is missing, and throws where the network is closed.
 */
export function findElectron(): { path: string } | { reason: string } {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv } : { reason: `ELECTRON_EXEC_PATH=${fromEnv} does not exist.` };
  }
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'ELECTRON_EXEC_PATH is not set and node_modules/electron/path.txt does not exist: the electron ' +
        "package's binary was never downloaded (it comes from GitHub on install or first use). " +
        'Set ELECTRON_EXEC_PATH to an Electron 45 executable to run these tests.',
    };
  }
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { reason: `node_modules/electron/path.txt names ${binary}, which does not exist (an incomplete download).` };
}

/** Why the app cannot be launched here, or null when it can. */
export function skipReason(electronBinary: ReturnType<typeof findElectron>): string | null {
  if ('reason' in electronBinary) return `No Electron binary: ${electronBinary.reason}`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'No display: DISPLAY is not set. Run under a virtual one: xvfb-run -a npx playwright test --project=electron';
  }
  return null;
}

/** The binary and the reason to skip, checked once per spec file (and fatal where the specs are required). */
export function electronForSpecs(spec: string): { binary: ReturnType<typeof findElectron>; reason: string | null } {
  const binary = findElectron();
  const reason = skipReason(binary);
  if (reason !== null && process.env.POSTWRIGHT_REQUIRE_ELECTRON_E2E) {
    throw new Error(`POSTWRIGHT_REQUIRE_ELECTRON_E2E is set but the Electron specs cannot run: ${reason}`);
  }
  if (reason !== null) console.log(`[electron e2e] ${spec} skipped: ${reason}`);
  return { binary, reason };
}

/** Starts the built app on `args` with its own user-data folder. */
export function launchApp(executablePath: string, args: readonly string[], userData: string): Promise<ElectronApplication> {
  const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
  return electron.launch({
    executablePath,
    args: [
      // Chromium refuses to start as root (containers) unless its OS sandbox is off. This does
      // not change the renderer's `sandbox: true`, which app.spec.ts checks.
      ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      mainEntry,
      ...args,
    ],
    env: { ...env, POSTWRIGHT_USER_DATA: userData },
  });
}

/** Closes the app; a message box left open would block close(), so the process is ended then. */
export async function closeApp(app: ElectronApplication | undefined): Promise<void> {
  if (!app) return;
  const closed = app.close().then(() => true, () => false);
  const timedOut = new Promise<false>((done) => setTimeout(() => done(false), 10_000));
  if (!(await Promise.race([closed, timedOut]))) app.process().kill('SIGKILL');
}
