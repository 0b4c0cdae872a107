import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PostId, PostSummary, SearchMatch } from '../../shared/api';
import { indexAfterKey, rowsPerPage, typeAheadIndex } from './list-navigation';
import { PostListItem } from './PostListItem';

/** Every row is this tall (title line + meta line): fixed heights keep 10,000 rows cheap. */
export const ROW_HEIGHT = 54;

/** Letters typed within this long of each other are one type-ahead search. */
const TYPE_AHEAD_MS = 800;

interface VirtualPostListProps {
  readonly posts: readonly PostSummary[];
  readonly activeId: PostId | null;
  readonly dirtyIds: ReadonlySet<PostId>;
  readonly saving?: ReadonlyMap<PostId, 'saving' | 'failed'> | undefined;
  readonly matches: ReadonlyMap<PostId, SearchMatch>;
  /**
   * Rows known to be coming after `posts` (the rest of the folder while only its first page is
   * in): their height is reserved, so the scrollbar has its final size from the start instead of
   * growing when the whole list arrives.
   */
  readonly rowsToCome?: number;
  readonly onOpenPost: (id: PostId) => void;
  readonly onContextMenu?: (id: PostId, event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * The posts as a virtual list (@tanstack/react-virtual): only the rows in view, plus a few, are in
 * the DOM, so 10,000 posts scroll like 10. The list is one tab stop (roving tabindex): ↑/↓, Page
 * Up/Down, Home/End and type-ahead move the cursor row (scrolled into view first), Enter or Space
 * opens it. The cursor row is always rendered, even scrolled far out of view, so the list keeps its
 * tab stop and a focused row is never unmounted under the keyboard.
 */
export function VirtualPostList({ posts, activeId, dirtyIds, saving, matches, rowsToCome = 0, onOpenPost, onContextMenu }: VirtualPostListProps) {
  const scroller = useRef<HTMLElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const typed = useRef({ text: '', at: 0 });
  // The cursor follows the post opened elsewhere (palette, a link), so Tab lands on it.
  const [seenActive, setSeenActive] = useState(activeId);
  if (activeId !== seenActive) {
    setSeenActive(activeId);
    const opened = posts.findIndex((post) => post.id === activeId);
    if (opened >= 0) setFocusIndex(opened);
  }
  // Keep the focusable row inside the list when it shrinks (a filter, a deleted post).
  const index = Math.min(focusIndex, Math.max(posts.length - 1, 0));
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (index >= posts.length || rows.includes(index)) return rows;
      return [...rows, index].sort((a, b) => a - b);
    },
    [index, posts.length],
  );
  // The app is not built with the React Compiler, so nothing memoizes the virtualizer's functions;
  // the rule only warns that a compiler would have to skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (row) => posts[row]!.id,
    rangeExtractor,
  });

  // After a keyboard move, focus the row once the virtualizer has rendered it.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`button[data-index="${wanted}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus({ preventScroll: true });
    }
  });

  const moveTo = (target: number) => {
    setFocusIndex(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const typeAhead = (char: string) => {
    const now = performance.now();
    const text = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + char : char;
    typed.current = { text, at: now };
    const found = typeAheadIndex(
      posts.map((post) => post.title),
      index,
      text,
    );
    if (found !== null) moveTo(found);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = rowsPerPage(scroller.current?.clientHeight ?? ROW_HEIGHT * 10, ROW_HEIGHT);
    const next = indexAfterKey(event.key, index, posts.length, page);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    // Printable keys search the titles; Space is part of a search under way, else it opens the row.
    const searching = performance.now() - typed.current.at < TYPE_AHEAD_MS && typed.current.text !== '';
    if (event.key.length === 1 && (event.key !== ' ' || searching)) {
      event.preventDefault();
      typeAhead(event.key);
    }
  };

  return (
    <nav aria-label="Posts" className="post-list" ref={scroller}>
      {posts.length > 0 && (
        <ul style={{ height: virtualizer.getTotalSize() + rowsToCome * ROW_HEIGHT, position: 'relative' }} aria-busy={rowsToCome > 0 || undefined}>
          {virtualizer.getVirtualItems().map((row) => {
            const post = posts[row.index]!;
            return (
              <PostListItem
                key={row.key}
                post={post}
                active={post.id === activeId}
                dirty={dirtyIds.has(post.id)}
                saving={saving?.get(post.id)}
                focused={row.index === index}
                snippet={matches.get(post.id)?.snippet}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                position={{ index: row.index, count: posts.length + rowsToCome }}
                onOpen={onOpenPost}
                onFocusRow={setFocusIndex}
                onKeyDown={onKeyDown}
                {...(onContextMenu ? { onContextMenu } : {})}
              />
            );
          })}
          {rowsToCome > 0 && (
            // Where the rows still to come will be: a quiet outline of them, not an empty scroll.
            <li aria-hidden="true" className="rows-to-come" style={{ position: 'absolute', top: virtualizer.getTotalSize(), left: 0, right: 0, height: rowsToCome * ROW_HEIGHT }} />
          )}
        </ul>
      )}
    </nav>
  );
}
