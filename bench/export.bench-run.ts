import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPostDocument } from '../electron/services/export/export-post';
import { makePost12K, makePost100K } from './corpus';
import { kb, measure, report, type ResultRow, scale, stats } from './harness';

/** renderPostDocument: one post to a standalone HTML page (what Export writes, minus the write). */

const GENERATOR = 'Postwright bench';
const rows: ResultRow[] = [];
const notes: string[] = [];

afterAll(() => {
  report('Export: renderPostDocument()', rows, notes);
});

describe('export', () => {
  it('first export in a process (cold: highlight.js grammars, JIT; jsdom only if needed)', async () => {
    const text = makePost12K();
    const start = performance.now();
    const result = await renderPostDocument('posts/first.md', text, GENERATOR);
    const elapsed = performance.now() - start;
    expect(result.html.startsWith('<!doctype html>')).toBe(true);
    rows.push({ section: 'export', name: 'first call, 12 KB post', stats: stats([elapsed]), note: 'one sample, fresh process, no warm-up; jsdom loads only if the fast path gives up' });
  });

  for (const post of [
    { label: '12 KB', make: makePost12K, warmup: scale(10, 3), runs: scale(40, 10) },
    { label: '100 KB', make: makePost100K, warmup: scale(2, 1), runs: scale(10, 5) },
  ]) {
    it(`exports the ${post.label} post`, async () => {
      const text = post.make();
      const { stats: timing, last } = await measure(() => renderPostDocument('posts/2024/long-post.md', text, GENERATOR), {
        warmup: post.warmup,
        runs: post.runs,
      });
      expect(last.fileName).toMatch(/^a-long-post-of-\d+-kb-about-[a-z0-9-]+\.html$/);
      expect(last.html).toContain('<meta name="generator" content="Postwright bench">');
      expect(last.html).toContain('</article>');
      expect(last.html).not.toMatch(/onerror|<script/i);
      rows.push({
        section: 'export',
        name: `${post.label} post`,
        stats: timing,
        note: `${kb(Buffer.byteLength(text))} in, ${kb(Buffer.byteLength(last.html))} page out`,
      });
    });
  }
});
