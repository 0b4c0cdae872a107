import type MarkdownIt from 'markdown-it';

/** `{#id}` at the end of a heading, as Hugo, Jekyll (kramdown) and Pandoc read it. */
const ID_ATTRIBUTE = /[ \t]*\{#([A-Za-z][\w.:-]*)\}[ \t]*$/;

/**
 * `## Setup {#setup}` gives the heading the id `setup`. Only ids, only on headings: a general
 * attributes plugin (markdown-it-attrs) would let a post set any attribute on any element.
 * Runs before heading-anchors, which then leaves a heading with an id alone.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'heading_ids', (state) => {
    const tokens = state.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const inline = tokens[i]!;
      if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'heading_open') continue;
      const last = inline.children?.[inline.children.length - 1];
      const match = last?.type === 'text' ? ID_ATTRIBUTE.exec(last.content) : null;
      if (!last || !match) continue;
      last.content = last.content.slice(0, match.index);
      inline.content = inline.content.replace(ID_ATTRIBUTE, '');
      tokens[i - 1]!.attrSet('id', match[1]!);
    }
  });
}
