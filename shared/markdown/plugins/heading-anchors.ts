import type MarkdownIt from 'markdown-it';
import { slugify } from '../../posts/slug';

/** Gives each heading a stable `id` (its slug, de-duplicated) so in-page links and a TOC work. */
export function headingAnchors(md: MarkdownIt): void {
  md.core.ruler.push('heading_anchors', (state) => {
    const seen = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'heading_open' || token.attrGet('id')) continue;
      const inline = tokens[i + 1];
      const text = inline?.children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? '';
      const base = slugify(text) || 'section';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      token.attrSet('id', count === 0 ? base : `${base}-${count}`);
    }
  });
}
