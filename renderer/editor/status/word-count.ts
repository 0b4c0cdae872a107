import type { EditorState, Text } from '@codemirror/state';
import { bodyStart } from '../front-matter-range';

/**
 * Words and characters as a writer counts them: the text a reader sees, not the Markdown source.
 * Front matter, heading and list markers, emphasis markers, link and image addresses, HTML tags
 * and code fences are not words; Chinese and Japanese characters count one each (those scripts put
 * no spaces between words, and that is how their writers count length).
 *
 * Counting is per line and needs no context beyond the front matter at the top, so a document is
 * counted leaf by leaf of CodeMirror's text tree and each leaf's count is kept (by identity) until
 * an edit replaces it: after a keystroke only the one or two leaves it touched are counted again,
 * whatever the document's size. Written here rather than taken from a library because the word
 * counters on npm count the raw string (Markdown syntax and URLs included) and need it whole.
 */
export interface TextCounts {
  readonly words: number;
  readonly characters: number;
}

export const NO_COUNTS: TextCounts = { words: 0, characters: 0 };

const add = (a: TextCounts, b: TextCounts): TextCounts => ({ words: a.words + b.words, characters: a.characters + b.characters });
const subtract = (a: TextCounts, b: TextCounts): TextCounts => ({ words: a.words - b.words, characters: a.characters - b.characters });

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const SETEXT_OR_RULE = /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const BLOCK_PREFIX = /^\s*(?:>\s?)*\s*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?(?:#{1,6}(?:\s+|$))?/;
const CLOSING_HASHES = /\s+#+\s*$/;
const IMAGE_OR_LINK = /!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g;
const FOOTNOTE_REFERENCE = /\[\^[^\]]*\]/g;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]*:|mailto:)[^>\s]*>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const HTML_TAG = /<\/?[a-z][^>]*>|<!--.*?-->/gi;
const INLINE_MARKERS = /(?<!\\)[*_~`]+|\\(?=[\\`*_{}[\]()#+\-.!|~])/g;
/** Scripts written without spaces between words: each character is counted as a word. */
const CHARACTER_WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

/** One line of Markdown as the reader sees it. */
export function visibleText(line: string): string {
  if (FENCE.test(line) || SETEXT_OR_RULE.test(line) || LINK_DEFINITION.test(line) || (line.includes('-') && TABLE_DIVIDER.test(line))) return '';
  return line
    .replace(BLOCK_PREFIX, '')
    .replace(CLOSING_HASHES, '')
    .replace(FOOTNOTE_REFERENCE, '')
    .replace(IMAGE_OR_LINK, '$1')
    .replace(AUTOLINK, '')
    .replace(BARE_URL, '')
    .replace(HTML_TAG, '')
    .replace(INLINE_MARKERS, '')
    .replace(/\s*\|\s*/g, ' ')
    .trim();
}

export function countLine(line: string): TextCounts {
  const text = visibleText(line);
  if (text === '') return NO_COUNTS;
  let words = 0;
  const rest = text.replace(CHARACTER_WORD, () => {
    words++;
    return ' ';
  });
  for (const _ of rest.matchAll(WORD)) words++;
  // Code points, not UTF-16 units: an emoji or a rare Han character is one character.
  let characters = 0;
  for (const _ of text) characters++;
  return { words, characters };
}

/** Counts of a string of any number of lines. */
export function countText(text: string): TextCounts {
  let counts = NO_COUNTS;
  for (const line of text.split('\n')) counts = add(counts, countLine(line));
  return counts;
}

const leafCounts = new WeakMap<Text, TextCounts>();

/** Every line of `doc`, front matter included, reusing the counts of unchanged leaves. */
function countTree(doc: Text): TextCounts {
  const cached = leafCounts.get(doc);
  if (cached) return cached;
  let counts = NO_COUNTS;
  if (doc.children) {
    for (const child of doc.children) counts = add(counts, countTree(child));
  } else {
    for (const line of doc.iterLines()) counts = add(counts, countLine(line));
  }
  leafCounts.set(doc, counts);
  return counts;
}

/** The body's counts (front matter excluded). */
export function countDocument(doc: Text): TextCounts {
  const start = bodyStart(doc);
  const total = countTree(doc);
  return start === 0 ? total : subtract(total, countText(doc.sliceString(0, start)));
}

/**
 * Counts of `from`…`to`: leaves wholly inside come from the cache, only the lines cut at the ends
 * are counted afresh, so selecting all of a long post (or most of it) costs next to nothing.
 * Children of a branch are whole lines joined by line breaks, which is what makes this exact.
 */
export function countRange(node: Text, from: number, to: number): TextCounts {
  if (from <= 0 && to >= node.length) return countTree(node);
  if (!node.children) return countText(node.sliceString(from, to));
  let counts = NO_COUNTS;
  let pos = 0;
  for (const child of node.children) {
    const end = pos + child.length;
    if (end > from && pos < to) counts = add(counts, countRange(child, from - pos, to - pos));
    pos = end + 1;
  }
  return counts;
}

/** The selected text's counts (front matter excluded), or null when nothing is selected. */
export function countSelection(state: EditorState): TextCounts | null {
  if (state.selection.ranges.every((range) => range.empty)) return null;
  const start = bodyStart(state.doc);
  let counts = NO_COUNTS;
  for (const range of state.selection.ranges) {
    const from = Math.max(range.from, start);
    if (range.to > from) counts = add(counts, countRange(state.doc, from, range.to));
  }
  return counts;
}

export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` at an adult's silent reading pace, rounded up; 0 for an empty post. */
export const readingMinutes = (words: number): number => Math.ceil(words / WORDS_PER_MINUTE);
