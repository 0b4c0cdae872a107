import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, startServe } from '../e2e/support/serve-fixture';
import { makePost1M, makePost100K } from './corpus';
import { kb, mib, recordSamples, report, type ResultRow, scale, stats } from './harness';

/**
 * The preview as the writer feels it, in Chromium through the built `serve` (run `npm run build`
 * first): typing one character at a time at the end of a long post, from the key event to the
 * frame after the preview (or the editor) shows it; opening a post to its first preview; and the
 * page's heap after opening the 1 MB post and typing 500 characters.
 *
 * Measured in the page: a capturing keydown listener stamps the key, a MutationObserver on the
 * preview (or the editor) sees the change, and a requestAnimationFrame from there runs at the start
 * of the next frame, after the one that painted it.
 */

const rows: ResultRow[] = [];
const notes: string[] = [];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
let browser: Browser;
let serve: ChildProcess;
let url: string;
let dir: string;
const sizes = new Map<string, number>();

beforeAll(async () => {
  if (!existsSync(join(projectRoot, 'out', 'main', 'cli.js'))) throw new Error('Build first: npm run build');
  dir = await mkdtemp(join(tmpdir(), 'postwright-bench-preview-'));
  const folder = join(dir, 'blog');
  await mkdir(folder, { recursive: true });
  const posts = { 'post-100k.md': makePost100K(), 'post-1m.md': makePost1M(), 'small.md': '---\ntitle: Small\ndate: 2020-01-01\n---\n\nA small post.\n' };
  for (const [name, text] of Object.entries(posts)) {
    await writeFile(join(folder, name), text);
    sizes.set(name, Buffer.byteLength(text));
  }
  ({ url, child: serve } = await startServe(folder, join(dir, 'user-data')));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  serve?.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
  report('Preview latency in Chromium (serve)', rows, notes);
});

/** Installs the probes; returns nothing, the page keeps its samples in `window.__latency`. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { keyAt: 0, preview: [] as number[], editor: [] as number[], previewSeen: true, editorSeen: true };
    (window as unknown as { __latency: typeof state }).__latency = state;
    document.addEventListener(
      'keydown',
      () => {
        state.keyAt = performance.now();
        state.previewSeen = false;
        state.editorSeen = false;
      },
      true,
    );
    const watch = (selector: string, kind: 'preview' | 'editor') => {
      const target = document.querySelector(selector)!;
      new MutationObserver(() => {
        const seen = kind === 'preview' ? 'previewSeen' : 'editorSeen';
        if (state[seen]) return;
        state[seen] = true;
        const keyAt = state.keyAt;
        requestAnimationFrame(() => state[kind].push(performance.now() - keyAt));
      }).observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    watch('.preview-article', 'preview');
    watch('.cm-content', 'editor');
  });
}

async function openPost(page: Page, name: RegExp, text: string): Promise<number> {
  const start = Date.now();
  await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name }).click();
  // A post over the large-post size asks first (the 1 MB one, the first time it is opened).
  const openAnyway = page.getByRole('button', { name: 'Open anyway' });
  const heading = page.locator('.preview-article h1', { hasText: text });
  await heading.or(openAnyway).first().waitFor({ timeout: 60_000 });
  if (await openAnyway.isVisible()) await openAnyway.click();
  await page
    .locator('.preview-article h1', { hasText: text })
    .waitFor({ timeout: 60_000 })
    .catch(async (error: unknown) => {
      await page.screenshot({ path: join(tmpdir(), 'postwright-bench-preview-open.png') });
      throw error;
    });
  return Date.now() - start;
}

/** Clicks a post and times click → the frame after its first preview content, in the page. */
async function timeOpen(page: Page, name: RegExp, headingText: string): Promise<number> {
  await page.evaluate((expected) => {
    const probe = window as unknown as { __opened: number | null };
    probe.__opened = null;
    let clickAt = 0;
    document.addEventListener('click', () => (clickAt = performance.now()), { capture: true, once: true });
    const article = document.querySelector('.preview-article')!;
    const observer = new MutationObserver(() => {
      if (!article.querySelector('h1')?.textContent?.includes(expected)) return;
      observer.disconnect();
      requestAnimationFrame(() => (probe.__opened = performance.now() - clickAt));
    });
    observer.observe(article, { subtree: true, childList: true, characterData: true });
  }, headingText);
  await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name }).click();
  const opened = await page.waitForFunction(() => (window as unknown as { __opened: number | null }).__opened, undefined, { timeout: 60_000 });
  return (await opened.jsonValue()) as number;
}

async function typeAndMeasure(page: Page, keys: number): Promise<{ preview: number[]; editor: number[]; renders: number[] }> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const state = (window as unknown as { __latency: { preview: number[]; editor: number[] } }).__latency;
    state.preview.length = 0;
    state.editor.length = 0;
  });
  // Letters only: a trailing space changes nothing in the preview, so it would never report.
  const letters = 'thequickbrownfoxjumpsoverthelazydog';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    await page
      .waitForFunction((n) => (window as unknown as { __latency: { preview: number[] } }).__latency.preview.length >= n, i + 1, {
        timeout: 30_000,
        polling: 'raf',
      })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(tmpdir(), 'postwright-bench-preview-timeout.png') });
        console.log(await page.evaluate(() => JSON.stringify((window as unknown as { __latency: unknown }).__latency)));
        throw error;
      });
    // Let a deferred render (after a slow one) or a late frame settle, as between real keystrokes.
    await page.waitForTimeout(60);
  }
  return page.evaluate((n) => {
    const state = (window as unknown as { __latency: { preview: number[]; editor: number[] } }).__latency;
    const renders = performance.getEntriesByName('postwright:preview-render').slice(-n).map((entry) => entry.duration);
    return { preview: [...state.preview], editor: [...state.editor], renders };
  }, keys);
}

/**
 * Chromium's navigation predictor watches the links of every http(s) page (so `serve` on
 * 127.0.0.1) with an IntersectionObserver that runs at most every 100 ms: after a keystroke
 * changes the layout, it asks for one more frame within 100 ms. A key that comes within the next
 * ~35 ms finds the compositor still ticking and waits for the next vsync (up to 16.7 ms) instead
 * of getting its frame at once. The desktop app's page is app://, never http(s), so it has no such
 * observer: the "as in the app" rows measure the same keys with that Chromium feature off.
 */
const APP_LIKE_ARGS = ['--disable-features=NavigationPredictor'];

async function measureTyping(page: Page, suffix: string): Promise<void> {
  await openPost(page, /Small/, 'Small');
  await page.locator('.preview-article', { hasText: 'A small post' }).waitFor();
  for (const [label, name, title, file, keys] of [
    ['100 KB', /100 KB/, 'of 100 KB', 'post-100k.md', scale(80, 30)],
    ['1 MB', /1024 KB/, 'of 1024 KB', 'post-1m.md', scale(40, 15)],
  ] as const) {
    await openPost(page, name, title);
    await page.locator('.preview-article', { hasText: 'A Long Post' }).waitFor({ timeout: 60_000 });
    await installProbes(page);
    const samples = await typeAndMeasure(page, keys);
    expect(samples.preview.length).toBeGreaterThanOrEqual(keys);
    const section = `preview ${label}${suffix}`;
    console.log(`${section}: preview ${JSON.stringify(stats(samples.preview))} editor ${JSON.stringify(stats(samples.editor))} render ${samples.renders.length ? JSON.stringify(stats(samples.renders)) : '-'}`);
    recordSamples(section, 'key → preview updated', samples.preview);
    recordSamples(section, 'key → editor updated', samples.editor);
    rows.push(
      { section, name: 'key → preview updated', stats: stats(samples.preview), note: `${kb(sizes.get(file)!)} post, one key at a time at the end` },
      { section, name: 'key → editor updated', stats: stats(samples.editor), note: 'same keys' },
      ...(samples.renders.length > 0
        ? [{ section, name: 'preview render task', stats: stats(samples.renders), note: 'in the page: parse the edit, sanitize, patch (no layout)' }]
        : []),
    );
  }
}

describe('preview latency', () => {
  it('keeps up with typing at 100 KB and 1 MB, opens fast, stays small', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await measureTyping(page, '');

    // Open: alternate the small and the 1 MB post; each 1 MB open is timed to its first preview.
    const opens: number[] = [];
    for (let i = 0; i < scale(5, 3); i++) {
      await openPost(page, /Small/, 'Small');
      await page.locator('.preview-article', { hasText: 'A small post' }).waitFor();
      await page.waitForTimeout(300);
      opens.push(await timeOpen(page, /1024 KB/, 'of 1024 KB'));
      await page.waitForTimeout(1500);
    }
    rows.push({ section: 'preview 1 MB', name: 'open → first preview', stats: stats(opens), note: 'click in the sidebar → frame after the first preview content' });

    // Heap: the 1 MB post open, 500 characters typed, then a full collection.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('x'.repeat(50) + ' '.repeat(0), { delay: 5 });
    for (let i = 0; i < 9; i++) await page.keyboard.type('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eius'.slice(0, 50), { delay: 5 });
    await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    notes.push(`Renderer heap after opening the 1 MB post and typing 500 characters (after a full GC): ${mib(heap.usedSize)} used, ${mib(heap.totalSize)} total.`);
    await context.close();
  });

  it('keeps up with typing as in the desktop app (no navigation predictor: see APP_LIKE_ARGS)', async () => {
    const appLike = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...APP_LIKE_ARGS] });
    try {
      const page = await (await appLike.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      await page.goto(url);
      await measureTyping(page, ', as in the app');
    } finally {
      await appLike.close();
    }
  });
});
