import type Token from 'markdown-it/lib/token.mjs';
import { filterRawHtml, isAllowedUri, type OpenTag } from './raw-html-filter';
import { isAllowedLoad, type RemoteContentPolicy } from './remote-content';

/**
 * Token types whose rendering is markdown-it's own (escaped) or a plugin's that escapes (code
 * highlighting by highlight.js, heading ids, external links, site links). Any other type (math,
 * footnotes, alerts, shortcodes, whatever a future plugin adds) goes to the sanitizer: the fast
 * path vouches only for output it knows.
 */
const KNOWN_TYPES = new Set([
  'paragraph_open', 'paragraph_close', 'heading_open', 'heading_close', 'inline', 'text', 'text_special',
  'softbreak', 'hardbreak', 'code_inline', 'code_block', 'fence', 'em_open', 'em_close', 'strong_open',
  'strong_close', 's_open', 's_close', 'link_open', 'link_close', 'image', 'bullet_list_open',
  'bullet_list_close', 'ordered_list_open', 'ordered_list_close', 'list_item_open', 'list_item_close',
  'blockquote_open', 'blockquote_close', 'hr', 'table_open', 'table_close', 'thead_open', 'thead_close',
  'tbody_open', 'tbody_close', 'tr_open', 'tr_close', 'th_open', 'th_close', 'td_open', 'td_close',
  'html_block', 'html_inline',
]);

/** Fences another plugin renders instead of the code highlighter (math as KaTeX HTML). */
const NOT_CODE_FENCE = /^\s*(?:math|latex|katex|tex)\b/i;

/**
 * Decides whether markdown-it's output for a post can skip the DOM sanitizer (DOMPurify on jsdom
 * costs ~80% of an export). markdown-it escapes every text and attribute it writes and refuses
 * `javascript:`/`vbscript:`/`file:`/non-image `data:` links itself; what it passes through
 * untouched is raw HTML. So the output is already what the sanitizer would keep when:
 * - raw HTML is what raw-html-filter.ts can read for sure (a short list of harmless tags,
 *   balanced, with attributes the policy keeps, or handlers DOMPurify would drop: it drops them
 *   too), or comments (dropped, as DOMPurify drops them);
 * - every link passes the sanitizer's own URI rule and every image the remote-content policy.
 * Anything else (another tag, an attribute it is unsure of, an odd URL) goes to the sanitizer:
 * this check only ever says "skip" when the answer cannot differ, never "sanitize less".
 *
 * Known harmless differences from DOMPurify's output: heading ids named like `document`
 * properties are kept (headings are not named properties, so they cannot clobber), and entities
 * and quoting stay as markdown-it or the post wrote them (the same DOM, other bytes).
 *
 * Returns true when the run must go through the DOM sanitizer. When false, the raw HTML in
 * `tokens` has been rewritten to what the sanitizer would have kept (comments and handlers
 * removed): render the run after this call. When true, the tokens are left as the post wrote them.
 */
export function needsSanitizer(tokens: Token[], policy: RemoteContentPolicy): boolean {
  const rewrites: [Token, string][] = [];
  const accept = (token: Token, stack: OpenTag[]) => {
    const filtered = filterRawHtml(token.content, token.level, stack, policy);
    if (filtered === null) return false;
    if (filtered !== token.content) rewrites.push([token, filtered]);
    return true;
  };
  if (!trusted(tokens, policy, accept)) return true;
  for (const [token, content] of rewrites) token.content = content;
  return false;
}

function trusted(tokens: Token[], policy: RemoteContentPolicy, accept: (token: Token, stack: OpenTag[]) => boolean): boolean {
  const blockStack: OpenTag[] = [];
  for (const token of tokens) {
    if (!KNOWN_TYPES.has(token.type)) return false;
    if (token.type === 'fence' && NOT_CODE_FENCE.test(token.info)) return false;
    if (token.type === 'html_block' && !accept(token, blockStack)) return false;
    if (token.type === 'inline' && token.children) {
      const inlineStack: OpenTag[] = [];
      for (const child of token.children) {
        if (!KNOWN_TYPES.has(child.type)) return false;
        if (child.type === 'html_inline' && !accept(child, inlineStack)) return false;
        if (child.type === 'link_open' && !isAllowedUri(child.attrGet('href') ?? '')) return false;
        if (child.type === 'image') {
          const src = child.attrGet('src') ?? '';
          if (!isAllowedLoad(src, policy) || !(isAllowedUri(src) || /^data:/i.test(src))) return false;
        }
      }
      if (inlineStack.length > 0) return false;
    }
  }
  return blockStack.length === 0;
}
