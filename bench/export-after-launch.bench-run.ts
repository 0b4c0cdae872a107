import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPostDocument } from '../electron/services/export/export-post';
import { warmExportPipeline } from '../electron/services/export/warm-export';
import { makePost12K } from './corpus';
import { report, stats, type ResultRow } from './harness';

/**
 * The first export as the app sees it: in a fresh process (Vitest runs each bench file in its
 * own), after the warm-up the app and `serve` start shortly after launch (warm-export.ts), on a
 * post the warm-up never saw. export.bench-run.ts has the same call with no warm-up before it.
 */

const rows: ResultRow[] = [];

afterAll(() => {
  report('Export: first call after the launch warm-up', rows, []);
});

describe('export after launch', () => {
  it('first export after the warm-up (12 KB post)', async () => {
    const warmStart = performance.now();
    await warmExportPipeline(0).warmed;
    const warmMs = performance.now() - warmStart;
    const start = performance.now();
    const result = await renderPostDocument('posts/first.md', makePost12K(), 'Postwright bench');
    const elapsed = performance.now() - start;
    expect(result.html).not.toMatch(/onerror|<script/i);
    rows.push({ section: 'export', name: 'first call after launch warm-up, 12 KB', stats: stats([elapsed]), note: `one sample; the warm-up took ${warmMs.toFixed(0)} ms in idle time after launch` });
  });
});
