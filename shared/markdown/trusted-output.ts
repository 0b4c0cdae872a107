import type Token from 'markdown-it/lib/token.mjs';
import { isAllowedLoad, type RemoteContentPolicy } from './remote-content';
import { SANITIZE_CONFIG } from './sanitize-policy';

/**
 * Decides whether markdown-it's output for a post can skip the DOM sanitizer (DOMPurify on jsdom
 * costs ~80% of an export). markdown-it escapes every text and attribute it writes and refuses
 * `javascript:`/`vbscript:`/`file:`/non-image `data:` links itself; what it passes through
 * untouched is raw HTML. So the output is already what the sanitizer would keep when:
 * - raw HTML is only attribute-free tags of a short harmless list, balanced, or comments
 *   (which are dropped here, as DOMPurify drops them);
 * - every link passes the sanitizer's own URI rule and every image the remote-content policy.
 * Anything else (any attribute in raw HTML, another tag, an odd URL) goes to the sanitizer: this
 * check only ever says "skip" when the answer cannot differ, never "sanitize less".
 *
 * Known harmless differences from DOMPurify's output: heading ids named like `document`
 * properties are kept (headings are not named properties, so they cannot clobber), and entities
 * stay as markdown-it wrote them.
 */
const HARMLESS_TAG = /^<(\/?)(kbd|sup|sub|mark|abbr|ins|del|small|b|i|u|s|q|cite|dfn|var|samp|em|strong|code|br|wbr|details|summary|center|p|div|span|figure|figcaption|dl|dt|dd|hr)\s*>\s*$/i;
const VOID_TAGS = new Set(['br', 'wbr', 'hr']);
/** A whole comment, with none of the endings HTML also accepts (`--!>`, `<!-->`, `<!--->`). */
const COMMENT = /^<!--(?!>|->)(?:(?!--!?>)[\s\S])*-->\s*$/;

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

interface OpenTag {
  readonly name: string;
  readonly level: number;
}

export function needsSanitizer(tokens: Token[], policy: RemoteContentPolicy): boolean {
  const blockStack: OpenTag[] = [];
  for (const token of tokens) {
    if (!KNOWN_TYPES.has(token.type)) return true;
    if (token.type === 'fence' && NOT_CODE_FENCE.test(token.info)) return true;
    if (token.type === 'html_block' && !acceptRawHtml(token, blockStack)) return true;
    if (token.type === 'inline' && token.children) {
      const inlineStack: OpenTag[] = [];
      for (const child of token.children) {
        if (!KNOWN_TYPES.has(child.type)) return true;
        if (child.type === 'html_inline' && !acceptRawHtml(child, inlineStack)) return true;
        if (child.type === 'link_open' && !isAllowedUri(child.attrGet('href') ?? '')) return true;
        if (child.type === 'image') {
          const src = child.attrGet('src') ?? '';
          if (!isAllowedLoad(src, policy) || !(isAllowedUri(src) || /^data:/i.test(src))) return true;
        }
      }
      if (inlineStack.length > 0) return true;
    }
  }
  return blockStack.length > 0;
}

function isAllowedUri(url: string): boolean {
  // DOMPurify tests the value with whitespace removed, as browsers read it.
  // DOMPurify's ATTR_WHITESPACE: control characters and spaces, which browsers also ignore.
  // eslint-disable-next-line no-control-regex
  return SANITIZE_CONFIG.ALLOWED_URI_REGEXP.test(url.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g, ''));
}

/** Accepts a raw-HTML token made only of harmless tags (tracked for balance) or a comment. */
function acceptRawHtml(token: Token, stack: OpenTag[]): boolean {
  const content = token.content;
  if (COMMENT.test(content)) {
    token.content = '';
    return true;
  }
  // A block may hold several tags (`<details>\n<summary>x</summary>`): split between tags only.
  const parts = content.trim().split(/(?<=>)\s*(?=<)/);
  for (const part of parts) {
    const tag = HARMLESS_TAG.exec(part);
    if (!tag) {
      // Text between tags (`<summary>Title</summary>`): allowed when it holds no markup at all.
      const inner = /^<(\w+)\s*>([^<>&]*)<\/(\w+)\s*>\s*$/.exec(part);
      if (!inner || inner[1]!.toLowerCase() !== inner[3]!.toLowerCase() || !HARMLESS_TAG.test(`<${inner[1]}>`)) return false;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    if (VOID_TAGS.has(name)) continue;
    if (tag[1] === '') {
      stack.push({ name, level: token.level });
    } else {
      const open = stack.pop();
      if (!open || open.name !== name || open.level !== token.level) return false;
    }
  }
  return true;
}
