import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, startServe } from '../e2e/support/serve-fixture';
import { writeCorpus } from './corpus';
import { report, scale, stats, type ResultRow } from './harness';

/**
 * The list as the writer sees it: in Chromium through the built `serve` (run `npm run build`
 * first), from the page's navigation start to the first post rows in the DOM, for a 10,000-post
 * folder. The figure before this work was about 6 s. Two cases: a folder never listed
 * (fresh user data: no listing cache) and the next launch (a new `serve` process, its cache on disk).
 */

const POSTS = scale(10_000, 2_000);
const RUNS = scale(5, 2);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rows: ResultRow[] = [];
let dir: string;
let folder: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(projectRoot, 'out', 'main', 'cli.js'))) throw new Error('Build first: npm run build');
  dir = await mkdtemp(join(tmpdir(), 'postwright-bench-page-list-'));
  folder = join(dir, 'blog');
  writeCorpus(folder, POSTS);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  report(`The post list in the page (Chromium through serve), ${POSTS.toLocaleString('en-US')} posts`, rows);
});

/** Navigation start → the first post row in the DOM, measured in the page; and how many rows. */
async function firstRows(url: string): Promise<{ ms: number; rows: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(() => {
      const probe = window as unknown as { __firstRows: number | null };
      probe.__firstRows = null;
      const observer = new MutationObserver(() => {
        if (probe.__firstRows === null && document.querySelector('nav[aria-label="Posts"] li button')) {
          probe.__firstRows = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    await page.goto(url);
    const handle = await page.waitForFunction(() => (window as unknown as { __firstRows: number | null }).__firstRows, undefined, { timeout: 60_000 });
    const ms = (await handle.jsonValue()) as number;
    return { ms, rows: await page.locator('nav[aria-label="Posts"] li button').count() };
  } finally {
    await page.close();
  }
}

async function served<T>(userData: string, run: (url: string) => Promise<T>): Promise<T> {
  let child: ChildProcess | undefined;
  try {
    const started = await startServe(folder, userData);
    child = started.child;
    return await run(started.url);
  } finally {
    child?.kill();
  }
}

describe('page list', () => {
  it('navigation → first rows, a folder never listed and the next launch', async () => {
    const cold: number[] = [];
    const restarted: number[] = [];
    let shown = 0;
    for (let run = 0; run < RUNS; run++) {
      const userData = join(dir, `user-data-${run}`);
      const first = await served(userData, firstRows); // fresh user data: never listed
      cold.push(first.ms);
      // Let the listing cache reach the disk, then launch again on the same user data.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const next = await served(userData, firstRows);
      restarted.push(next.ms);
      shown = next.rows;
    }
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200); // virtualised: a screen of rows, not 10,000
    rows.push(
      { section: 'page', name: 'navigation → first rows, never listed', stats: stats(cold), note: 'new serve, fresh user data; includes loading the page and its scripts' },
      { section: 'page', name: 'navigation → first rows, next launch', stats: stats(restarted), note: `new serve on the same user data (listing cache on disk); ${shown} rows in the DOM` },
    );
  }, 600_000);
});
