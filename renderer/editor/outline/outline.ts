import type { Text } from '@codemirror/state';
import { bodyStart } from '../front-matter-range';
import { visibleText } from '../status/word-count';

/**
 * The post's headings, ATX (`## Title`) and setext (a paragraph underlined with `===` or `---`),
 * skipping front matter, fenced code and HTML comments, where `#` and `---` lines are not headings.
 * A line scanner rather than the editor's syntax tree: CodeMirror parses only around the viewport
 * of a long post, and the outline must list every heading. It follows CommonMark's block rules as
 * far as headings need them (a setext underline needs a paragraph above it, not a list item).
 */
export interface OutlineHeading {
  readonly level: number;
  readonly text: string;
  /** Start of the heading's first line. */
  readonly from: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const HEADING_ID = /\s*\{#[^}\s]*\}\s*$/;
/** Lines that start a block of their own, so they are not part of a paragraph a setext line underlines. */
const NOT_PARAGRAPH = /^\s*(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|#{1,6}(?:\s|$)|<|\|)|^ {4,}|^\t/;

const headingText = (source: string): string => visibleText(source.replace(HEADING_ID, '')).trim();

export function extractOutline(doc: Text): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const start = bodyStart(doc);
  let pos = 0;
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let paragraph: { from: number; lines: string[] } | null = null;
  for (const line of doc.iterLines()) {
    const from = pos;
    pos += line.length + 1;
    if (from < start) continue;
    const first = line.trimStart()[0];
    if (fence) {
      if (first === fence.char && new RegExp(`^\\s*\\${fence.char}{${fence.length},}\\s*$`).test(line)) fence = null;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (first === undefined) {
      paragraph = null;
      continue;
    }
    if (first === '`' || first === '~') {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
        paragraph = null;
        continue;
      }
    }
    if (first === '<' && line.trimStart().startsWith('<!--') && !line.includes('-->')) {
      inComment = true;
      paragraph = null;
      continue;
    }
    if (first === '#') {
      const atx = ATX.exec(line);
      if (atx) {
        const text = headingText(atx[2] ?? '');
        if (text) headings.push({ level: atx[1]!.length, text, from });
        paragraph = null;
        continue;
      }
    }
    if ((first === '=' || first === '-') && paragraph) {
      const setext = SETEXT.exec(line);
      if (setext) {
        const text = headingText(paragraph.lines.join(' '));
        if (text) headings.push({ level: setext[1]![0] === '=' ? 1 : 2, text, from: paragraph.from });
        paragraph = null;
        continue;
      }
    }
    if (paragraph) paragraph.lines.push(line);
    else if (!NOT_PARAGRAPH.test(line)) paragraph = { from, lines: [line] };
    else paragraph = null;
  }
  return headings;
}

/**
 * The heading whose section contains `pos` (the last one starting at or before it), or -1. Takes
 * the headings, or just their start positions (the panel keeps those moving with each edit).
 */
export function currentHeadingIndex(headings: readonly { readonly from: number }[] | readonly number[], pos: number): number {
  const startOf = (index: number): number => {
    const heading = headings[index]!;
    return typeof heading === 'number' ? heading : heading.from;
  };
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (startOf(middle) <= pos) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
