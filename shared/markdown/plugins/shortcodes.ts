import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

/** Hugo `{{< name … >}}` / `{{% name … %}}` and Jekyll/Liquid `{% tag … %}`, closing forms too. */
const SHORTCODE_SOURCE = String.raw`\{\{<[^\n]*?>\}\}|\{\{%[^\n]*?%\}\}|\{%[^\n]*?%\}`;
const SHORTCODE = new RegExp(`^(?:${SHORTCODE_SOURCE})`);
const SHORTCODE_IN_TEXT = new RegExp(SHORTCODE_SOURCE, 'g');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function generatorOf(code: string): string {
  return code.startsWith('{{') ? 'Hugo shortcode' : 'Liquid tag';
}

function nameOf(code: string): string {
  return /^\{[{%][<%]?-?\s*(\/?[\w.-]+)/.exec(code)?.[1] ?? '';
}

function box(code: string, tag: 'div' | 'span'): string {
  const name = nameOf(code);
  return (
    `<${tag} class="shortcode shortcode-${tag === 'div' ? 'block' : 'inline'}" title="${escapeHtml(code)}">` +
    `<span class="shortcode-label">${generatorOf(code)}${name ? ` · ${escapeHtml(name)}` : ''}</span>` +
    `<code>${escapeHtml(code)}</code></${tag}>` +
    (tag === 'div' ? '\n' : '')
  );
}

/**
 * Static-site shortcodes cannot be run here (they need the site's templates), so they show as a
 * labelled box with the code in it instead of raw braces: a line of its own becomes a block, one
 * inside text an inline box. The export shows the same box, so nothing pretends to be rendered.
 */
export function shortcodes(md: MarkdownIt): void {
  // Before 'lheading', not only 'paragraph': otherwise a setext underline a few lines down turns a
  // shortcode line into the first line of a heading, which only a whole-document parse can see
  // (the preview's block renderer re-parses from the block after it; the property test found it).
  md.block.ruler.before('lheading', 'shortcode', (state, startLine, _endLine, silent) => {
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
    const line = state.src.slice(start, state.eMarks[startLine]);
    const match = SHORTCODE.exec(line);
    if (!match || line.slice(match[0].length).trim() !== '') return false;
    if (silent) return true;
    const token = state.push('shortcode_block', '', 0);
    token.content = match[0];
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  });
  // Inside text: split text tokens around shortcodes (an inline rule would only see a `{` that
  // follows one of markdown-it's terminator characters).
  md.core.ruler.after('inline', 'shortcode_inline', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline' || !token.children || !token.content.includes('{')) continue;
      const children: typeof token.children = [];
      for (const child of token.children) {
        if (child.type !== 'text' || !child.content.includes('{')) {
          children.push(child);
          continue;
        }
        let last = 0;
        for (const match of child.content.matchAll(SHORTCODE_IN_TEXT)) {
          if (match.index > last) children.push(textToken(state, child.content.slice(last, match.index)));
          const code = new state.Token('shortcode_inline', '', 0);
          code.content = match[0];
          children.push(code);
          last = match.index + match[0].length;
        }
        children.push(last === 0 ? child : textToken(state, child.content.slice(last)));
      }
      token.children = children.filter((child) => child.type !== 'text' || child.content !== '');
    }
  });
  md.renderer.rules.shortcode_block = (tokens, idx) => box(tokens[idx]!.content, 'div');
  md.renderer.rules.shortcode_inline = (tokens, idx) => box(tokens[idx]!.content, 'span');
}

function textToken(state: StateCore, content: string) {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
