import type MarkdownIt from 'markdown-it';
import { slugify } from '../../posts/slug';
import type { HeadingSlugEnv } from '../block-renderer';

/**
 * Gives each heading a stable `id` (its slug, de-duplicated) so in-page links and a TOC work.
 * The slug base stays on the token (`meta.slugBase`), and a parse may start from the counts of
 * the headings before it (`env.slugCounts`), so the preview's block renderer, which parses only
 * the edited region, numbers duplicates exactly as a whole parse does.
 */
export function headingAnchors(md: MarkdownIt): void {
  md.core.ruler.push('heading_anchors', (state) => {
    const env = state.env as HeadingSlugEnv;
    const seen = new Map<string, number>(env.slugCounts ?? []);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'heading_open' || token.attrGet('id')) continue;
      const inline = tokens[i + 1];
      const text = inline?.children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? '';
      const base = slugify(text) || 'section';
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      token.meta = { ...(token.meta as object | null), slugBase: base };
      token.attrSet('id', count === 0 ? base : `${base}-${count}`);
    }
  });
}
