import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const fixtureSource = join(projectRoot, 'e2e', 'fixtures', 'blog');

export interface ServedBlog {
  /** The temp copy of e2e/fixtures/blog being served. */
  readonly folder: string;
  /** The printed URL, token included. */
  readonly url: string;
  readonly origin: string;
}

/** Starts `postwright serve <folder>` from the build, as a user would, and reads the URL it prints. */
export async function startServe(folder: string, userData: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(projectRoot, 'out', 'main', 'cli.js'), 'serve', folder, '--port', '0'], {
    env: { ...process.env, POSTWRIGHT_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return { url, child };
}

/**
 * Each test gets its own copy of the fixture blog, served by its own `serve` process.
 * `autosave`: the mode the page starts in. The specs written before autosave drive Save and
 * outside changes by hand, so they start with it off; a spec about autosave says
 * `test.use({ autosave: null })` to get the app's own default.
 */
export const test = base.extend<{ blog: ServedBlog; autosave: 'off' | 'pause' | 'focus' | null }>({
  autosave: ['off', { option: true }],
  page: async ({ page, autosave }, use) => {
    if (autosave !== null) {
      await page.addInitScript((mode) => {
        try {
          if (localStorage.getItem('postwright.autosave') === null) localStorage.setItem('postwright.autosave', mode);
        } catch {
          // about:blank and other opaque origins have no storage.
        }
      }, autosave);
    }
    await use(page);
  },
  // Playwright reads a fixture's dependencies from this destructuring pattern: it must stay an object pattern.
  // eslint-disable-next-line no-empty-pattern
  blog: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'postwright-e2e-'));
    const folder = join(dir, 'blog');
    await cp(fixtureSource, folder, { recursive: true });
    const { url, child } = await startServe(folder, join(dir, 'user-data'));
    await use({ folder, url, origin: new URL(url).origin });
    child.kill();
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
