import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PostList } from '../shared/api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePost } from '../electron/services/library/decode-post';
import { mapLimit } from '../electron/services/library/map-limit';
import { LIST_PREFIX_BYTES, PostsLibrary } from '../electron/services/library/posts-library';
import { readPrefix } from '../electron/services/library/read-prefix';
import { scanFolder } from '../electron/services/library/scan-folder';
import { summarizePost } from '../electron/services/library/summarize-post';
import { type WrittenCorpus, writeCorpus } from './corpus';
import { collectGarbage, count, measure, measureEach, mib, report, type ResultRow, scale } from './harness';

/** PostsLibrary.list() on generated blogs: the sidebar's cost when a folder is opened or refreshed. */

const SMALL = scale(1_000, 200);
const LARGE = scale(10_000, 1_000);

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
    const files = await scanFolder(root);
    expect(files).toHaveLength(LARGE);
    // Reads only: each buffer is garbage at once, as in list().
    const readAll = (limit: number) => mapLimit(files, 32, async (file) => (await readPrefix(file.path, limit)).length);
    const prefixes = await mapLimit(files, 32, async (file) => Buffer.from(await readPrefix(file.path, LIST_PREFIX_BYTES)));
    const decodeAll = () => prefixes.map((bytes, i) => decodePost(bytes, files[i]!.path, { partial: files[i]!.size > LIST_PREFIX_BYTES }).text);
    const texts = decodeAll();
    const { scan, read, read4k, decode, parse } = await measureEach(
      {
        scan: () => scanFolder(root),
        read: () => readAll(LIST_PREFIX_BYTES),
        read4k: () => readAll(4096),
        decode: decodeAll,
        parse: () => texts.map((text, i) => summarizePost(`post-${i}.md`, text, files[i]!.size, files[i]!.modifiedMs)),
      },
      { warmup: 1, runs: 3 },
    );
    expect(scan.last).toHaveLength(LARGE);
    expect(decode.last).toEqual(texts);
    expect(parse.last.filter((p) => p.warning !== null)).toEqual([]);
    const bytesRead = read.last.reduce((sum, n) => sum + n, 0);
    rows.push(
      { section: 'list parts', name: `scanFolder (readdir + stat), ${count(LARGE)}`, stats: scan.stats },
      {
        section: 'list parts',
        name: `readPrefix ${LIST_PREFIX_BYTES / 1024} KiB x ${count(LARGE)}`,
        stats: read.stats,
        note: `${mib(bytesRead)} read (list() reads this much first)`,
      },
      {
        section: 'list parts',
        name: `readPrefix 4 KiB x ${count(LARGE)}`,
        stats: read4k.stats,
        note: 'for comparison only',
      },
      { section: 'list parts', name: `decodePost (UTF-8 check) x ${count(LARGE)}`, stats: decode.stats },
      {
        section: 'list parts',
        name: `summarizePost x ${count(LARGE)}`,
        stats: parse.stats,
        note: `${((parse.stats.median * 1000) / LARGE).toFixed(0)} µs per post (front matter via yaml)`,
      },
    );
  });
});
