import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { topLevelRuns } from './sanitize-parts';

const md = new MarkdownIt({ html: true });
const runs = (markdown: string) => topLevelRuns(md.parse(markdown, {}));

describe('topLevelRuns', () => {
  it('gives each top-level block its own run', () => {
    expect(runs('# Title\n\nOne.\n\nTwo.\n')).toEqual([[0, 3], [3, 6], [6, 9]]);
  });

  it('holds a run open while a raw tag wraps Markdown', () => {
    expect(runs('<details>\n\nHidden *text*.\n\n</details>\n\nAfter.\n')).toEqual([[0, 5], [5, 8]]);
  });

  it('counts <div/> as opened, as HTML parses it, so its Markdown stays in its run', () => {
    expect(runs('<div/>\n\nInside, in HTML.\n\n</div>\n\nAfter.\n')).toEqual([[0, 5], [5, 8]]);
  });

  it('lets /> close elements inside SVG and MathML', () => {
    expect(runs('<svg viewBox="0 0 1 1"><path d="M0 0"/><circle r="1"/></svg>\n\nAfter.\n')).toEqual([[0, 3], [3, 6]]); // a paragraph of inline tags, then one after
  });
});
