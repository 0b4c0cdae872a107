import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fixtureSource, projectRoot } from '../support/serve-fixture';

/**
 * `npm start` where Electron cannot be had: the start script says why, then serves the same editor
 * for the same folder and prints its URL. The missing binary is simulated the way a user's machine
 * would have it: ELECTRON_EXEC_PATH names nothing and ELECTRON_SKIP_BINARY_DOWNLOAD forbids the
 * download, so no network is touched.
 */
const noElectron = { ELECTRON_EXEC_PATH: join(tmpdir(), 'no-such-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

let dir: string;
let child: ChildProcess | undefined;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-start-'));
  await cp(fixtureSource, join(dir, 'blog'), { recursive: true });
});
test.afterEach(async () => {
  child?.kill('SIGTERM');
  child = undefined;
  // On Windows kill() ends start.mjs but not the serve process it started, which may still hold the
  // folder for a moment: the runner ends it with the job; the temp folder is left then.
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
    if (process.platform !== 'win32') throw error;
  });
});

function start(args: string[], env: Record<string, string>) {
  const started = spawn(process.execPath, [join(projectRoot, 'scripts', 'start.mjs'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...noElectron, POSTWRIGHT_USER_DATA: join(dir, 'user-data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => started.once('exit', (code) => done(code)));
  return { child: started, output: () => output, exited };
}

test('npm start without Electron says why, then serves the folder in the browser', async ({ page }) => {
  const run = start([join(dir, 'blog')], {});
  child = run.child;
  await expect.poll(run.output, { timeout: 15_000 }).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/);
  expect(run.output()).toContain('could not download Electron');
  expect(run.output()).toContain(`Postwright is serving ${join(dir, 'blog')}`);

  const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(run.output())![1]!;
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: /Hello World/ })).toBeVisible();
});

test('POSTWRIGHT_BROWSER_FALLBACK=0 keeps the old behaviour: the message and exit code 1', async () => {
  const run = start([join(dir, 'blog')], { POSTWRIGHT_BROWSER_FALLBACK: '0' });
  child = run.child;
  expect(await run.exited).toBe(1);
  expect(run.output()).toContain('could not download Electron');
  expect(run.output()).not.toContain('Open http');
});
