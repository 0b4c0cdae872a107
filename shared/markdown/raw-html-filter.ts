import { isAllowedLoad, type RemoteContentPolicy } from './remote-content';
import { SANITIZE_CONFIG } from './sanitize-policy';
import { safeStyle } from './safe-style';

/**
 * The fast path's reading of one raw-HTML token (trusted-output.ts): either the HTML DOMPurify
 * would leave after sanitizing it under SANITIZE_CONFIG and the policy's hooks, or null when this
 * reader cannot be sure, and DOMPurify on a DOM must decide.
 *
 * Why a reader of its own and not DOMPurify: in Node DOMPurify needs jsdom, which costs 0.5–1 s
 * to load and ~80% of an export's time; the raw HTML blogs hold is mostly a short list of plain
 * tags, and pasted HTML's event handlers (`<img … onerror=…>`), which DOMPurify always removes.
 * It reads a deliberately small grammar and gives up (null) on anything else:
 * - tags of HARMLESS_TAGS only (no raw-text, form, table, foreign or custom elements), balanced;
 * - attributes double- or single-quoted, values without `<`, `>`, `&`, quotes or edge spaces
 *   (no entity can hide a scheme, no value can break out), each name once;
 * - an attribute is kept only where DOMPurify keeps it, by the same rules (sanitize-policy.ts):
 *   `on…` handlers are dropped (never on DOMPurify's list), `style` is cut by safeStyle as the
 *   policy's hook does, URLs must pass SANITIZE_CONFIG's URI rule and the remote-content policy;
 *   any other attribute (id, name, target, data-…, srcset…) makes it give up;
 * - text without `<`; a comment only as the whole token (dropped, as DOMPurify drops it).
 * The result parses to the same DOM as DOMPurify's output (the differential tests compare them
 * on hostile inputs); its bytes may differ in quoting and entity spelling, as markdown-it's do.
 */
const HARMLESS_TAGS = new Set([
  'kbd', 'sup', 'sub', 'mark', 'abbr', 'ins', 'del', 'small', 'b', 'i', 'u', 's', 'q', 'cite', 'dfn', 'var', 'samp', 'em',
  'strong', 'code', 'br', 'wbr', 'details', 'summary', 'center', 'p', 'div', 'span', 'figure', 'figcaption', 'dl', 'dt',
  'dd', 'hr', 'img', 'a',
]);
const VOID_TAGS = new Set(['br', 'wbr', 'hr', 'img']);

/** Attributes DOMPurify keeps whatever their value (its URI_SAFE_ATTRIBUTES), `style` after the hook. */
const ANY_VALUE_ATTRIBUTES = new Set(['title', 'class', 'alt', 'style']);
/** Attributes DOMPurify keeps when the value passes the URI rule (or is empty). */
const URI_CHECKED_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string> | 'all'>> = {
  lang: 'all',
  dir: 'all',
  open: new Set(['details']),
  width: new Set(['img']),
  height: new Set(['img']),
  src: new Set(['img']),
  href: new Set(['a']),
};

/** A whole comment, with none of the endings HTML also accepts (`--!>`, `<!-->`, `<!--->`). */
const COMMENT = /^<!--(?!>|->)(?:(?!--!?>)[\s\S])*-->\s*$/;
const HTML_SPACE = '[ \\t\\n\\f\\r]';
/** A start or end tag in the grammar above; attributes are read apart (ATTRIBUTE). */
const TAG = new RegExp(`<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:${HTML_SPACE}+[a-zA-Z][a-zA-Z0-9-]*(?:${HTML_SPACE}*=${HTML_SPACE}*(?:"[^"'<>&]*"|'[^"'<>&]*'))?)*)${HTML_SPACE}*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`${HTML_SPACE}+([a-zA-Z][a-zA-Z0-9-]*)(?:${HTML_SPACE}*=${HTML_SPACE}*(?:"([^"]*)"|'([^']*)'))?`, 'g');
const TEXT = /[^<]+/y;
/** DOMPurify's ATTR_WHITESPACE: removed before a value is tested as a URI, as browsers ignore it. */
// eslint-disable-next-line no-control-regex
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/** A raw tag left open by a token, for the balance check across the tokens of a run. */
export interface OpenTag {
  readonly name: string;
  readonly level: number;
}

export function isAllowedUri(url: string): boolean {
  return SANITIZE_CONFIG.ALLOWED_URI_REGEXP.test(url.replace(ATTR_WHITESPACE, ''));
}

/**
 * What DOMPurify would make of a raw-HTML token's content, or null when unsure. Tags it opens
 * or closes are tracked on `stack` (tokens of one inline run or of the block level share one).
 */
export function filterRawHtml(content: string, level: number, stack: OpenTag[], policy: RemoteContentPolicy): string | null {
  if (COMMENT.test(content)) return '';
  let out = '';
  let changed = false;
  for (let at = 0; at < content.length; ) {
    TEXT.lastIndex = at;
    const text = TEXT.exec(content);
    if (text) {
      out += text[0];
      at = TEXT.lastIndex;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(content);
    if (!tag) return null;
    at = TAG.lastIndex;
    const [source, closing, rawName, rawAttributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    if (!HARMLESS_TAGS.has(name)) return null;
    if (closing) {
      if (rawAttributes || selfClosing || VOID_TAGS.has(name)) return null;
      const open = stack.pop();
      if (!open || open.name !== name || open.level !== level) return null;
      out += source;
      continue;
    }
    if (selfClosing && !VOID_TAGS.has(name)) return null; // `<span/>` opens a span in HTML
    if (!VOID_TAGS.has(name)) stack.push({ name, level });
    if (!rawAttributes) {
      out += source;
      continue;
    }
    const attributes = filterAttributes(name, rawAttributes, policy);
    if (attributes === null) return null;
    out += `<${name}${attributes}>`;
    changed = true;
  }
  return changed ? out : content;
}

/** The attributes DOMPurify keeps, written out (` a="b"`…), or null when unsure. */
function filterAttributes(tag: string, raw: string, policy: RemoteContentPolicy): string | null {
  const seen = new Set<string>();
  let kept = '';
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = match[2] ?? match[3] ?? '';
    if (seen.has(name)) return null; // the parser keeps the first; not worth reading further
    seen.add(name);
    // DOMPurify trims values (and would rewrite them): leave such values to it.
    if (value !== value.trim()) return null;
    if (/^on[a-z]+$/.test(name)) continue;
    if (name === 'style') {
      const style = safeStyle(value);
      if (style !== '') kept += ` style="${style}"`;
      continue;
    }
    if (ANY_VALUE_ATTRIBUTES.has(name)) {
      kept += ` ${name}="${value}"`;
      continue;
    }
    const tags = URI_CHECKED_ATTRIBUTES[name];
    if (!tags || (tags !== 'all' && !tags.has(tag))) return null;
    if (value !== '' && !isAllowedUri(value)) return null;
    if (name === 'src' && (!isAllowedLoad(value, policy) || value.startsWith('data:'))) return null;
    kept += ` ${name}="${value}"`;
  }
  return kept;
}
