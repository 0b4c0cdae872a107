import { useEffect, useState } from 'react';
import type { PostId, Result, SearchMatch, SearchRequest, SearchResults } from '../../shared/api';

export type SearchText = (request: SearchRequest) => Promise<Result<SearchResults>>;

export interface TextSearch {
  /** Matches so far, by post. */
  readonly matches: ReadonlyMap<PostId, SearchMatch>;
  /** True while slices are still being searched. */
  readonly searching: boolean;
  readonly error: string | null;
}

const IDLE: TextSearch = { matches: new Map(), searching: false, error: null };
/** Typing pauses this long before the host reads files: no search per keystroke. */
const DEBOUNCE_MS = 200;
/** Shorter queries match nearly everything and say little. */
const MIN_QUERY_CHARS = 2;

/**
 * Searches the posts' text in the host (off the page's thread), slice after slice, so matches from
 * the first slice show while the rest is searched; a new query abandons the old one.
 */
export function useTextSearch(query: string, search: SearchText, listVersion: unknown): TextSearch {
  const trimmed = query.trim();
  // Results belong to the query (and listing) they were found for: stale ones are never shown.
  const [found, setFound] = useState<{ readonly key: string | null; readonly listVersion: unknown; readonly search: TextSearch }>({ key: null, listVersion: null, search: IDLE });
  useEffect(() => {
    if (trimmed.length < MIN_QUERY_CHARS) return;
    let cancelled = false;
    const setState = (search: TextSearch) => setFound({ key: trimmed, listVersion, search });
    const timer = setTimeout(async () => {
      const matches = new Map<PostId, SearchMatch>();
      setState({ matches, searching: true, error: null });
      let offset: number | null = 0;
      while (offset !== null && !cancelled) {
        const answer = await search({ query: trimmed, offset });
        if (cancelled) return;
        if (!answer.ok) {
          setState({ matches, searching: false, error: answer.error.message });
          return;
        }
        for (const match of answer.value.matches) matches.set(match.id, match);
        offset = answer.value.nextOffset;
        setState({ matches: new Map(matches), searching: offset !== null, error: null });
      }
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [trimmed, search, listVersion]);
  return trimmed.length >= MIN_QUERY_CHARS && found.key === trimmed && found.listVersion === listVersion ? found.search : IDLE;
}
