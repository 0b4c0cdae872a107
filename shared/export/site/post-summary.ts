/** How long an index summary may be before it is cut at a word. */
const MAX_SUMMARY = 280;

/**
 * The first paragraph of a post as plain text, for the index and feeds when the front matter
 * has no description. Block-level markup (headings, code, lists, quotes, tables, raw HTML,
 * images) is skipped; inline marks are dropped, keeping link text. A regex pass rather than a
 * second markdown-it parse: the export renders each post once, and this needs only text.
 */
export function postSummary(body: string): string {
  const more = body.search(/^<!--\s*more\s*-->/m);
  const source = more >= 0 ? body.slice(0, more) : body;
  let inFence = false;
  for (const block of source.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block.trim();
    const fences = trimmed.match(/^(```|~~~)/gm)?.length ?? 0;
    if (inFence || /^(```|~~~)/.test(trimmed)) {
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    if (trimmed === '' || /^(#|>|\||<|[-*+] |\d+[.)] |!\[| {4}|\t|-{3,}|\*{3,}|\[\^)/.test(trimmed)) continue;
    const plain = trimmed
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<[^>]*>/g, '')
      .replace(/[*_~`]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (plain === '') continue;
    if (plain.length <= MAX_SUMMARY) return plain;
    const cut = plain.slice(0, MAX_SUMMARY);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_SUMMARY)}…`;
  }
  return '';
}
