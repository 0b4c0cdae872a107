import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeSanitizer } from '../electron/services/export/node-sanitizer';
import { renderArticle } from '../shared/export/render-article';
import { createMarkdown, type MarkdownRenderer } from '../shared/markdown/create-markdown';
import type { HtmlSanitizer } from '../shared/markdown/sanitize-policy';
import { readPostMeta } from '../shared/posts/post-meta';
import { makePost1M, makePost12K, makePost100K } from './corpus';
import { kb, measureEach, ms, report, type ResultRow, scale } from './harness';

/**
 * The preview pipeline (renderArticle: front matter, markdown-it with the project's plugins,
 * DOMPurify), split so the sanitizer's share shows. In Node DOMPurify runs on a jsdom window, as
 * the export does; in the app's preview it runs on Chromium's DOM, whose cost differs.
 */

const rows: ResultRow[] = [];
const notes: string[] = [];
let sanitize: HtmlSanitizer;
let markdownOnly: MarkdownRenderer;
let pipeline: MarkdownRenderer;

const POSTS = [
  { label: '12 KB', make: makePost12K, warmup: scale(10, 5), runs: scale(40, 15) },
  { label: '100 KB', make: makePost100K, warmup: scale(2, 1), runs: scale(15, 5) },
  { label: '1 MB', make: makePost1M, warmup: scale(1, 0), runs: scale(5, 2) },
];

beforeAll(async () => {
  const start = performance.now();
  sanitize = await loadNodeSanitizer();
  notes.push(`Loading jsdom + DOMPurify and creating the window took ${ms(performance.now() - start)} ms (once per process).`);
  markdownOnly = createMarkdown({ sanitize: (html) => html });
  pipeline = createMarkdown({ sanitize });
});

afterAll(() => {
  report('Render: markdown-it + DOMPurify (jsdom), the preview pipeline', rows, notes);
});

describe('render', () => {
  for (const post of POSTS) {
    it(`renders the ${post.label} post`, async () => {
      const text = post.make();
      const size = kb(Buffer.byteLength(text));
      const html = markdownOnly.render(readPostMeta(text, 'post.md').body);
      const options = { warmup: post.warmup, runs: post.runs };

      const { md, purify, full } = await measureEach(
        {
          md: () => renderArticle(markdownOnly, text, 'post.md'),
          purify: () => sanitize(html),
          full: () => renderArticle(pipeline, text, 'post.md'),
        },
        options,
      );
      expect(md.last.html).toContain(html);

      // Correct output: every heading rendered, the hostile attribute gone, nothing else lost.
      const headings = (html.match(/<h[23] /g) ?? []).length;
      expect(headings).toBeGreaterThan(0);
      expect(html).toMatch(/onerror/);
      expect((full.last.html.match(/<h[23] /g) ?? []).length).toBe(headings);
      expect(purify.last).not.toMatch(/onerror/i);
      // The pipeline sanitizes only the runs with raw HTML; the rest keeps markdown-it's `&quot;`
      // for a `"` in text, which DOMPurify writes bare. Same document, so compare without that.
      const bare = (text: string) => text.replace(/&quot;/g, '"');
      expect(bare(full.last.html)).toContain(bare(purify.last));

      const share = (purify.stats.median / (md.stats.median + purify.stats.median)) * 100;
      rows.push(
        { section: `render ${post.label}`, name: 'markdown-it only', stats: md.stats, note: `${size} in, ${kb(html.length)} of HTML` },
        { section: `render ${post.label}`, name: 'DOMPurify only', stats: purify.stats, note: `${share.toFixed(0)}% of md + sanitize (medians)` },
        { section: `render ${post.label}`, name: 'pipeline (DOMPurify where needed)', stats: full.stats, note: 'renderArticle, as the preview and export' },
      );
    });
  }
});
