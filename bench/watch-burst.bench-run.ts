import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostEventName } from '../shared/api/host-events';
import type { PostSummary } from '../shared/api/types';
import { PostsLibrary } from '../electron/services/library/posts-library';
import { OpenFolderWatch } from '../electron/services/watch/open-folder-watch';
import { appReducer, initialAppState } from '../renderer/state/app-state';
import { generatePosts, writeCorpus } from './corpus';
import { count, measure, report, type ResultRow, scale } from './harness';

/**
 * A `git checkout` that rewrites 500 posts of an open blog: how long until the host has read
 * them all and published one `post-changed` each (chokidar, the debounce, the bounded reads),
 * and what the page pays to apply a burst to its list in one update (the `posts-patched` the
 * host-event flow dispatches once per frame) against replacing the whole list.
 */

const POSTS = scale(2_000, 1_000);
const BURST = 500;
const rows: ResultRow[] = [];
const notes: string[] = [];
let dir = '';
let watch: OpenFolderWatch | null = null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'postwright-bench-watch-'));
  writeCorpus(dir, POSTS);
});

afterAll(async () => {
  await watch?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  report(`Folder watcher: a burst of ${BURST} rewritten posts in a blog of ${count(POSTS)}`, rows, notes);
});

describe('watch burst', () => {
  it('publishes one post-changed per rewritten post', async () => {
    const library = new PostsLibrary();
    const opened = await library.open(dir);
    const seen = new Map<HostEventName, number>();
    let resolveDone: () => void = () => {};
    let changed = 0;
    watch = new OpenFolderWatch(library, (name) => {
      seen.set(name, (seen.get(name) ?? 0) + 1);
      if (name === 'post-changed' && ++changed === BURST) resolveDone();
    });
    await watch.follow(opened.path);
    const victims = [...generatePosts(POSTS)].slice(0, BURST);
    let round = 0;
    const burst = async () => {
      changed = 0;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      round++;
      await Promise.all(victims.map((post) => writeFile(join(dir, ...post.id.split('/')), `${post.text}\nRound ${round}.\n`)));
      await done;
      return changed;
    };
    const { stats: total, last } = await measure(burst, { warmup: 1, runs: scale(5, 3) });
    expect(last).toBe(BURST);
    expect(seen.get('post-added') ?? 0).toBe(0);
    rows.push({ section: 'host', name: `${BURST} files written → ${BURST} post-changed published`, stats: total, note: 'debounce 150 ms + awaitWriteFinish 50 ms included' });
  });

  it('applies a burst to the page list in one update', async () => {
    const list = [...generatePosts(POSTS)].map(
      (post, i): PostSummary => ({ id: post.id, title: `Post ${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, draft: post.draft, tags: [], warning: null, warningLine: null, size: post.text.length, modifiedMs: i }),
    );
    const state = appReducer(initialAppState, { type: 'posts-listed', list: { folder: { path: dir, name: 'b', isSample: false, remoteContent: 'https' } as never, posts: list, skipped: [] } });
    const burst = list.slice(0, BURST).map((post) => ({ ...post, title: `${post.title} rewritten` }));
    const patched = await measure(() => appReducer(state, { type: 'posts-patched', added: burst, removed: [] }), { warmup: 5, runs: scale(40, 15) });
    expect(patched.last.posts).toHaveLength(POSTS);
    // What a page without batching would do: one update (a new sorted list) per event.
    const perEvent = await measure(
      () => burst.reduce((current, summary) => appReducer(current, { type: 'post-saved', summary }), state),
      { warmup: 1, runs: scale(5, 3) },
    );
    expect(perEvent.last.posts).toHaveLength(POSTS);
    rows.push(
      { section: 'page', name: `${BURST} changes applied as one posts-patched`, stats: patched.stats },
      { section: 'page', name: `${BURST} changes applied one event at a time`, stats: perEvent.stats, note: `${BURST} list updates (and renders) instead of one` },
    );
    notes.push(`Ratio one-at-a-time / batched (median): ${(perEvent.stats.median / patched.stats.median).toFixed(1)}×. Renders are not counted: batching also saves ${BURST - 1} of them.`);
  });
});
