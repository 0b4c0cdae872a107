import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PostList } from '../shared/api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PREFIX_BYTES, ListingCache, summarizeFiles, walkPosts } from '../electron/services/library/list-posts';
import { PostsLibrary } from '../electron/services/library/posts-library';
import { detectSite } from '../electron/services/site/detect-site';
import { compareNewestFirst } from '../shared/posts/post-order';
import { FIRST_PAGE_ROWS } from '../renderer/flows/folder-flow';
import { type WrittenCorpus, writeCorpus } from './corpus';
import { collectGarbage, count, measure, measureEach, mib, report, type ResultRow, scale, stats as statsOf } from './harness';

/** PostsLibrary.list() on generated blogs: the sidebar's cost when a folder is opened or refreshed. */

const SMALL = scale(1_000, 200);
const LARGE = scale(10_000, 1_000);
/** The rows the page asks for first (renderer/flows/folder-flow.ts FIRST_PAGE_ROWS). */
const FIRST_PAGE = FIRST_PAGE_ROWS;

const rows: ResultRow[] = [];
const notes: string[] = [];
let dir = '';
const corpora = new Map<number, WrittenCorpus>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'postwright-bench-list-'));
  for (const size of [SMALL, LARGE]) {
    const start = performance.now();
    // The same seed: the small blog is the first posts of the large one.
    const corpus = writeCorpus(join(dir, `blog-${size}`), size);
    corpora.set(size, corpus);
    notes.push(
      `blog of ${count(size)} posts: ${mib(corpus.bytes)} of Markdown, ${corpus.drafts} drafts, generated and written in ${(performance.now() - start).toFixed(0)} ms`,
    );
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  notes.push('Warm page cache: the files were just written (a first open after a reboot reads from disk and is slower).');
  notes.push(
    'Before this listing (commit b229ced: async walk with a stat per file, 8 KiB async reads, TextDecoder, `yaml`): ' +
      'list 10,000 posts 2,511 ms median (2,496 min), 1,000 posts 558 ms; parts: walk+stat 422 ms, 8 KiB reads 682 ms, UTF-8 decode 487 ms, yaml 843 ms.',
  );
  notes.push(
    'Before posts.listPage (commit 267f643) the first rows came only with the whole list: after a restart 74.9 ms median (83.5 p95), ' +
      'warm 228 ms (281), cold 303 ms (310), the “list” rows measured in the same run as the first-page rows (load 0.6–1.2).',
  );
  notes.push(
    'Before the last round of issue 7 (commit 57e65df: path.relative per file, stat then open, the temp-file sweep started before the reads, js-yaml for every front matter): ' +
      'open + list 10,000 cold 338 and 316 ms median, first page cold 399 and 319, summarizeFiles empty cache 298 and 255, in two runs interleaved with this code ' +
      '(208 and 212, 222 and 219, 157 and 161; load 0.9–1.9).',
  );
  report('Listing: PostsLibrary.list()', rows, notes);
});

/**
 * Helpers, so a list nobody keeps is really unreachable: a value awaited inside a test's own async
 * function can stay alive in its suspended frame and spoil the heap figures.
 */
async function listAndDrop(library: PostsLibrary): Promise<void> {
  await library.list();
}

async function listCopied(library: PostsLibrary): Promise<PostList> {
  return JSON.parse(JSON.stringify(await library.list())) as PostList;
}

async function openLibrary(size: number): Promise<PostsLibrary> {
  const library = new PostsLibrary();
  await library.open(corpora.get(size)!.root);
  return library;
}

describe('listing', () => {
  for (const size of [SMALL, LARGE]) {
    it(`lists ${size} posts`, async () => {
      const library = await openLibrary(size);
      const runs = size >= 5_000 ? 5 : scale(7, 3);
      const { stats, last } = await measure(() => library.list(), { warmup: size >= 5_000 ? 1 : 2, runs });
      expect(last.skipped).toEqual([]);
      expect(last.posts).toHaveLength(size);
      expect(last.posts.filter((p) => p.draft)).toHaveLength(corpora.get(size)!.drafts);
      rows.push({
        section: 'list',
        name: `${count(size)} posts`,
        stats,
        note: `${count(size / (stats.median / 1000))} posts/s (median)`,
      });
    });
  }

  it(`heap and RSS after listing ${LARGE} posts`, async () => {
    const library = await openLibrary(LARGE);
    await listAndDrop(library); // warm
    const gc = collectGarbage();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 2);
    const list = await library.list();
    clearInterval(sampler);
    collectGarbage();
    const after = process.memoryUsage();
    expect(list.posts).toHaveLength(LARGE); // also keeps the list alive until `after` is taken

    // The same list as plain data (JSON round trip: fresh strings), for comparison.
    collectGarbage();
    const beforeCopy = process.memoryUsage().heapUsed;
    const copy = await listCopied(library);
    collectGarbage();
    const copyHeap = process.memoryUsage().heapUsed - beforeCopy;
    expect(copy.posts).toHaveLength(LARGE);

    notes.push(
      `memory, list of ${count(LARGE)}: the PostList as returned keeps ${mib(after.heapUsed - before.heapUsed)} of heap alive after GC ` +
        `(the same data copied to fresh strings: ${mib(copyHeap)}); heap rose by up to ${mib(peakHeap - before.heapUsed)} while listing ` +
        `(sampled every 2 ms); RSS after listing (and GC) ${mib(after.rss)}, before ${mib(before.rss)} (earlier runs' memory not yet returned to the OS)` +
        (gc ? '.' : '. global.gc was NOT exposed (run through bench/vitest.config.ts): heap figures include uncollected garbage.'),
    );
  });

  it(`where the time goes for ${LARGE} posts`, async () => {
    const root = corpora.get(LARGE)!.root;
    const profile = detectSite(root);
    const files = walkPosts(root, profile);
    expect(files).toHaveLength(LARGE);
    const full = new ListingCache();
    summarizeFiles(files, profile, full);
    const { walk, cold, warm, sort } = await measureEach(
      {
        walk: () => walkPosts(root, profile),
        cold: () => summarizeFiles(files, profile, new ListingCache()),
        warm: () => summarizeFiles(files, profile, full),
        sort: () => {
          const entries = summarizeFiles(files, profile, full);
          return entries.flatMap((entry) => (entry.kind === 'post' ? [entry.summary] : [])).sort(compareNewestFirst);
        },
      },
      { warmup: 1, runs: 5 },
    );
    expect(cold.last.filter((entry) => entry.kind === 'post')).toHaveLength(LARGE);
    rows.push(
      { section: 'list parts', name: `walkPosts (readdir with file types), ${count(LARGE)}`, stats: walk.stats },
      {
        section: 'list parts',
        name: `summarizeFiles, empty cache x ${count(LARGE)}`,
        stats: cold.stats,
        note: `open + fstat + ${LIST_PREFIX_BYTES / 1024} KiB sync read + UTF-8 check + front matter: ${((cold.stats.median * 1000) / LARGE).toFixed(0)} µs per post`,
      },
      { section: 'list parts', name: `summarizeFiles, full cache x ${count(LARGE)}`, stats: warm.stats, note: 'one stat per file' },
      { section: 'list parts', name: `summarizeFiles (cached) + sort, ${count(LARGE)}`, stats: sort.stats },
    );
  });

  it(`opening a ${LARGE}-post folder in a fresh library (no metadata cache)`, async () => {
    const root = corpora.get(LARGE)!.root;
    const { stats, last } = await measure(
      async () => {
        const library = new PostsLibrary();
        await library.open(root);
        return library.list();
      },
      { warmup: 1, runs: 5 },
    );
    expect(last.posts).toHaveLength(LARGE);
    rows.push({ section: 'list', name: `open + list ${count(LARGE)}, cold cache`, stats, note: 'detect + walk + read every prefix + parse + sort' });
  });

  it(`opening a ${LARGE}-post folder after a restart (listing cache on disk)`, async () => {
    const root = corpora.get(LARGE)!.root;
    const cacheDir = join(dir, 'listing-cache');
    const restart = async () => {
      const library = new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag: 'bench' } });
      await library.open(root);
      const list = await library.list();
      await library.lastCacheSave; // written after the answer: not part of the time measured below
      return { library, list };
    };
    await restart(); // the run before the restart: reads every file and saves the cache
    const { stats, last } = await measure(
      async () => {
        const library = new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag: 'bench' } });
        await library.open(root);
        const list = await library.list();
        const counts = library.lastListingCounts;
        await library.lastCacheSave;
        return { list, counts };
      },
      { warmup: 1, runs: 5 },
    );
    expect(last.list.posts).toHaveLength(LARGE);
    expect(last.counts).toEqual({ read: 0, reused: LARGE });

    // As the app does it: the first answer straight from the cache, the full check after it (not timed).
    const answered: number[] = [];
    let revisions = 0;
    for (let run = 0; run < 6; run++) {
      collectGarbage();
      const start = performance.now();
      const library = new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag: 'bench' }, onListingRevised: () => revisions++ });
      await library.open(root);
      const list = await library.list();
      if (run > 0) answered.push(performance.now() - start); // the first is a warm-up
      expect(list.posts).toHaveLength(LARGE);
      await library.lastRevision;
      await library.lastCacheSave;
    }
    expect(revisions).toBe(0);
    rows.push({
      section: 'list',
      name: `first answer after a restart, from the cache on disk`,
      stats: statsOf(answered),
      note: 'detect + read the cache file + sort; the full listing that checks it runs after the answer',
    });
    rows.push({
      section: 'list',
      name: `open + list ${count(LARGE)} after a restart, cache on disk`,
      stats,
      note: 'detect + walk + read the cache file + a stat per file + sort',
    });
  });

  it(`the first page (${FIRST_PAGE} rows) of a ${LARGE}-post folder: posts.listPage`, async () => {
    const root = corpora.get(LARGE)!.root;
    const cacheDir = join(dir, 'listing-cache-first-page');
    const options = { listingCache: { dir: cacheDir, tag: 'bench' }, onListingRevised: () => undefined };
    const page = { offset: 0, limit: FIRST_PAGE };

    // Cold: a folder never listed (no cache anywhere): the page needs the full listing.
    const cold = await measure(
      async () => {
        const library = new PostsLibrary();
        await library.open(root);
        return library.listPage(page);
      },
      { warmup: 1, runs: 5 },
    );
    expect(cold.last.list?.posts).toHaveLength(LARGE);

    // After a restart: the run before it saved the cache and its head file.
    const before = new PostsLibrary(undefined, options);
    await before.open(root);
    const whole = await before.list();
    await before.lastCacheSave;
    const restarted: number[] = [];
    for (let run = 0; run < 8; run++) {
      collectGarbage();
      const start = performance.now();
      const library = new PostsLibrary(undefined, options);
      await library.open(root);
      const first = await library.listPage(page);
      if (run > 0) restarted.push(performance.now() - start); // the first is a warm-up
      expect(first.list).toBeNull();
      expect(first.posts.map((post) => post.id)).toEqual(whole.posts.slice(0, FIRST_PAGE).map((post) => post.id));
      // What the page does next, not timed: the whole list, checked.
      await library.list();
      await library.lastRevision;
      await library.lastCacheSave;
    }

    // Warm: the same library listed before (a reload of the page, a folder-changed event).
    const warm = await measure(() => before.listPage(page), { warmup: 2, runs: 20 });
    expect(warm.last.total).toBe(LARGE);

    rows.push(
      { section: 'first page', name: `${FIRST_PAGE} rows after a restart, cache on disk`, stats: statsOf(restarted), note: 'new library + open (detect) + read the ~60 KB head file; before: the whole cached answer (row “first answer after a restart”)' },
      { section: 'first page', name: `${FIRST_PAGE} rows, warm (listed before)`, stats: warm.stats, note: 'from the last listing in memory; before: a full listing (row “list: 10,000 posts”)' },
      { section: 'first page', name: `${FIRST_PAGE} rows, cold (never listed)`, stats: cold.stats, note: 'open + the full listing, which comes along whole; before: “open + list 10,000, cold cache”' },
    );
  });

  it(`searching ${LARGE} posts' text`, async () => {
    const library = await openLibrary(LARGE);
    await library.list();
    const first = await measure(() => library.search({ query: 'benchmark cache' }), { warmup: 1, runs: 5 });
    const all = await measure(
      async () => {
        let offset: number | null = 0;
        let found = 0;
        while (offset !== null) {
          const slice = await library.search({ query: 'benchmark cache', offset });
          found += slice.matches.length;
          offset = slice.nextOffset;
        }
        return found;
      },
      { warmup: 1, runs: 3 },
    );
    expect(first.last.matches.length).toBeGreaterThan(0);
    rows.push(
      { section: 'search', name: `first slice, ${count(LARGE)} posts`, stats: first.stats, note: `${first.last.matches.length} matches in the first slice, ranked, with snippets` },
      { section: 'search', name: `every slice, ${count(LARGE)} posts`, stats: all.stats, note: `${all.last} matches in all` },
    );
  });
});
