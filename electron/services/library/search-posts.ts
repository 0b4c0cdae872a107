import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import type { PostId, SearchMatch, SearchRequest, SearchResults } from '../../../shared/api/types';
import { parseFrontMatter } from '../../../shared/posts/front-matter';
import { MAX_POST_BYTES } from './decode-post';
import { readSmallFile } from './read-small-file';

/** One slice of a search stops after this long, so the first matches show within ~200 ms. */
export const SEARCH_SLICE_MS = 150;
/** A list row is narrow: little before the match, more after it. */
const SNIPPET_BEFORE = 24;
const SNIPPET_AFTER = 100;

/**
 * Searches posts' titles and text for every word of the query (case- and accent-insensitive),
 * reading files in the listing's order from `offset`, and returns the matches of this slice,
 * best first: a title hit counts most, then how often the words occur. Files are read whole,
 * synchronously (fast with a warm cache; a slice is bounded in time).
 */
export function searchPosts(root: string, ids: readonly PostId[], request: SearchRequest, now: () => number = performance.now.bind(performance)): SearchResults {
  const words = fold(request.query).split(/\s+/).filter((word) => word !== '');
  const offset = Math.max(0, Math.min(request.offset ?? 0, ids.length));
  if (words.length === 0) return { matches: [], nextOffset: null, total: ids.length };
  const started = now();
  const matches: SearchMatch[] = [];
  let index = offset;
  for (; index < ids.length; index++) {
    if (index > offset && now() - started > SEARCH_SLICE_MS) break;
    const id = ids[index]!;
    const text = readText(join(root, ...id.split('/')));
    if (text === null) continue;
    const match = scorePost(id, text, words);
    if (match !== null) matches.push(match);
  }
  matches.sort((a, b) => b.score - a.score || ids.indexOf(a.id) - ids.indexOf(b.id));
  return { matches, nextOffset: index < ids.length ? index : null, total: ids.length };
}

/** Lower case without accents, so `cafe` finds `Café`. Keeps length per UTF-16 unit for ASCII only; snippets use the original. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function scorePost(id: PostId, text: string, words: readonly string[]): SearchMatch | null {
  const fm = parseFrontMatter(text);
  const title = typeof fm.data.title === 'string' ? fm.data.title : '';
  const foldedTitle = fold(title);
  const foldedBody = fold(fm.body);
  let score = 0;
  let firstHit = -1;
  for (const word of words) {
    const inTitle = foldedTitle.includes(word);
    let hits = 0;
    for (let at = foldedBody.indexOf(word); at !== -1 && hits < 50; at = foldedBody.indexOf(word, at + word.length)) {
      if (firstHit === -1 || at < firstHit) firstHit = at;
      hits++;
    }
    if (!inTitle && hits === 0) return null;
    score += (inTitle ? 20 : 0) + Math.min(hits, 10);
  }
  return { id, score, snippet: snippetAt(fm.body, foldedBody, firstHit) };
}

function snippetAt(body: string, folded: string, at: number): string {
  if (at === -1) return collapse(body.slice(0, SNIPPET_AFTER));
  // The folded text can be shorter than the original (accents dropped): map by proportion.
  const original = folded.length === body.length ? at : Math.round((at / Math.max(folded.length, 1)) * body.length);
  const start = Math.max(0, original - SNIPPET_BEFORE);
  const end = Math.min(body.length, original + SNIPPET_AFTER);
  return `${start > 0 ? '…' : ''}${collapse(body.slice(start, end))}${end < body.length ? '…' : ''}`;
}

/** Plain words for the row: Markdown marks (`#`, `*`, `_`, backticks, link brackets) and runs of space dropped. */
const collapse = (text: string) =>
  text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*|[*_`#>]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

function readText(path: string): string | null {
  const bytes = readSmallFile(path, MAX_POST_BYTES);
  if (bytes === null || bytes.includes(0) || !isUtf8(bytes)) return null;
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
