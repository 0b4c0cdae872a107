import type Token from 'markdown-it/lib/token.mjs';

/**
 * Splits a token stream into runs of top-level blocks that can be rendered and sanitized apart.
 *
 * Why sanitizing one run alone is as safe as sanitizing the whole body: DOMPurify returns a
 * serialized fragment in which every element it keeps is closed and every attribute quoted, so
 * nothing in a sanitized run can open a context (a tag, an attribute, a raw-text element) that
 * swallows the markdown-it output after it. And markdown-it's own runs are escaped throughout.
 *
 * Why it looks the same: top-level blocks all sit directly in the article body, which is where
 * DOMPurify parses a fragment too. A raw tag left open in one block (`<details>` … blank lines,
 * Markdown … `</details>`) holds its run open until the tags balance again, so the opener and
 * everything it wraps are sanitized together. The balance count is a plain tag scan: if it is
 * ever fooled (a `>` inside a quoted attribute), the worst outcome is a run cut too early, i.e.
 * a `<details>` closed early in the page, never unsanitized HTML.
 */
export function topLevelRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  let openRaw = 0;
  // SVG/MathML depth, across tokens: markdown-it gives each inline tag a token of its own.
  const scan = { foreign: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'html_block') openRaw = Math.max(0, openRaw + tagBalance(token.content, scan));
    for (const child of token.children ?? []) if (child.type === 'html_inline') openRaw = Math.max(0, openRaw + tagBalance(child.content, scan));
    const endsTopLevelBlock = token.level === 0 && token.nesting <= 0;
    if (endsTopLevelBlock && openRaw === 0) {
      runs.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) runs.push([start, tokens.length]);
  return runs;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

const FOREIGN = new Set(['svg', 'math']);

/**
 * Opened minus closed non-void tags in raw HTML. `<div/>` opens a div in HTML (the slash means
 * nothing there), so it counts as opened; only inside SVG or MathML does `/>` close an element.
 */
function tagBalance(html: string, scan: { foreign: number }): number {
  let balance = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    const closing = match[1] === '/';
    if (VOID.has(name)) continue;
    if (match[3] === '/' && !closing && (scan.foreign > 0 || FOREIGN.has(name))) continue;
    if (FOREIGN.has(name)) scan.foreign = Math.max(0, scan.foreign + (closing ? -1 : 1));
    balance += closing ? -1 : 1;
  }
  return balance;
}
