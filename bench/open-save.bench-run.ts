import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostsLibrary } from '../electron/services/library/posts-library';
import { generatePosts, writeCorpus } from './corpus';
import { kb, measure, report, type ResultRow, scale, stats } from './harness';

/**
 * Opening a post and saving it: PostsLibrary.read(), then save() with the version read, which
 * re-reads and hashes the file on disk (conflict check), then writes through the atomic writer
 * with fsync (temp file, fsync, rename).
 */

const POSTS = 200;
const rows: ResultRow[] = [];
const notes: string[] = [];
let dir = '';
let library: PostsLibrary;
/** A typical post: the one whose size is closest to the corpus median. */
let typical = { id: '', bytes: 0 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwright-bench-save-'));
  writeCorpus(dir, POSTS);
  const posts = [...generatePosts(POSTS)].map((p) => ({ id: p.id, bytes: Buffer.byteLength(p.text) })).sort((a, b) => a.bytes - b.bytes);
  typical = posts[Math.floor(posts.length / 2)]!;
  library = new PostsLibrary();
  await library.open(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  report('Open + save: PostsLibrary.read() then save()', rows, notes);
});

describe('open and save', () => {
  it('reads then saves a typical post', async () => {
    const runs = scale(60, 15);
    const readTimes: number[] = [];
    const saveTimes: number[] = [];
    let edits = 0;
    const cycle = async () => {
      const start = performance.now();
      const post = await library.read(typical.id);
      const read = performance.now();
      // A real edit each time: a line toggled at the end, so the bytes on disk change.
      const text = post.text.endsWith('\nEdited.\n') ? post.text.slice(0, -'Edited.\n'.length) : `${post.text}\nEdited.\n`;
      const saved = await library.save({ id: typical.id, text, bom: post.bom, baseVersion: post.version });
      const end = performance.now();
      readTimes.push(read - start);
      saveTimes.push(end - read);
      edits++;
      return { text, saved };
    };
    const { stats: total, last } = await measure(cycle, { warmup: 5, runs });
    // Keep only the timed runs' halves.
    readTimes.splice(0, edits - runs);
    saveTimes.splice(0, edits - runs);
    const reread = await library.read(typical.id);
    expect(reread.text).toBe(last.text);
    expect(reread.version).toBe(last.saved.version);
    rows.push(
      { section: 'open+save', name: `read ${kb(typical.bytes)} post`, stats: stats(readTimes) },
      { section: 'open+save', name: 'save (atomic, fsync)', stats: stats(saveTimes), note: 'conflict check + temp file + fsync + rename' },
      { section: 'open+save', name: 'read + save', stats: total },
    );
    notes.push(`"${typical.id}", the median-sized post of the corpus; ${tmpdir()} is where the files live (its disk decides the fsync).`);
  });
});
