import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PostId, PostSummary, SearchMatch } from '../../shared/api';
import { PostListItem } from './PostListItem';

/** Every row is this tall (title line + meta line): fixed heights keep 10,000 rows cheap. */
export const ROW_HEIGHT = 54;

interface VirtualPostListProps {
  readonly posts: readonly PostSummary[];
  readonly activeId: PostId | null;
  readonly dirtyIds: ReadonlySet<PostId>;
  readonly saving?: ReadonlyMap<PostId, 'saving' | 'failed'> | undefined;
  readonly matches: ReadonlyMap<PostId, SearchMatch>;
  readonly onOpenPost: (id: PostId) => void;
  readonly onContextMenu?: (id: PostId, event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * The posts as a virtual list (@tanstack/react-virtual): only the rows in view, plus a few, are in
 * the DOM, so 10,000 posts scroll like 10. One row is in the tab order; ↑/↓, Page Up/Down,
 * Home/End move between rows (scrolling the row into view first), Enter or Space opens it.
 */
export function VirtualPostList({ posts, activeId, dirtyIds, saving, matches, onOpenPost, onContextMenu }: VirtualPostListProps) {
  const scroller = useRef<HTMLElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // The app is not built with the React Compiler, so nothing memoizes the virtualizer's functions;
  // the rule only warns that a compiler would have to skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => posts[index]!.id,
  });

  // Keep the focusable row inside the list when it shrinks (a filter, a deleted post).
  const index = Math.min(focusIndex, Math.max(posts.length - 1, 0));

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

  const moveTo = (next: number) => {
    if (posts.length === 0) return;
    const target = Math.max(0, Math.min(posts.length - 1, next));
    setFocusIndex(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const steps: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: posts.length - 1 };
    const next = steps[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <nav aria-label="Posts" className="post-list" ref={scroller}>
      {posts.length > 0 && (
        <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
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
                position={{ index: row.index, count: posts.length }}
                onOpen={onOpenPost}
                onFocusRow={setFocusIndex}
                onKeyDown={onKeyDown}
                {...(onContextMenu ? { onContextMenu } : {})}
              />
            );
          })}
        </ul>
      )}
    </nav>
  );
}
