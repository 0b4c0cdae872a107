import type MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** Footnotes: `text[^1]` and `[^1]: the note`, collected in a numbered section at the end. */
export function footnotes(md: MarkdownIt): void {
  md.use(footnote);
}
