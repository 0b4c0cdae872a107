import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { EditorController } from '../editor-controller';
import type { WritingView } from '../writing-view';
import { currentHeadingIndex, extractOutline, type OutlineHeading } from './outline';

/** Headings are listed again this long after the last edit (between, they move with the text). */
const REFRESH_MS = 250;

interface Outline {
  /** The headings as last listed: what the panel shows. */
  readonly headings: readonly OutlineHeading[];
  readonly current: number;
  /** Where each heading is now (moved with every edit since the list was made), for a jump. */
  readonly positionOf: (index: number) => number;
}

/**
 * The headings of the shown post, kept up to date with its text and cursor. An edit only moves
 * the headings' positions (no re-render: a 1 MB post has ~900 of them); the list is made again a
 * moment after typing stops, and the panel re-renders when it or the current section changes.
 */
function useOutline(editor: EditorController): Outline {
  const positions = useRef<number[]>([]);
  const [shown, setShown] = useState<{ headings: readonly OutlineHeading[]; current: number }>({ headings: [], current: -1 });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let headings: readonly OutlineHeading[] = [];
    let current = -1;
    // The headings' live positions keep the list's order, so they are searched the same way.
    const currentIndex = () => currentHeadingIndex(positions.current, editor.state.selection.main.head);
    const relist = () => {
      timer = undefined;
      headings = extractOutline(editor.state.doc);
      positions.current = headings.map((heading) => heading.from);
      current = currentHeadingIndex(headings, editor.state.selection.main.head);
      setShown({ headings, current });
    };
    const stop = editor.onUpdate((update) => {
      if (!update) {
        if (timer !== undefined) clearTimeout(timer);
        relist();
        return;
      }
      if (update.docChanged) {
        positions.current = positions.current.map((from) => update.changes.mapPos(from, 1));
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(relist, REFRESH_MS);
      }
      if (update.docChanged || update.selectionSet) {
        const next = currentIndex();
        if (next !== current) {
          current = next;
          setShown({ headings, current });
        }
      }
    });
    relist();
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor]);
  return { ...shown, positionOf: (index) => positions.current[index] ?? shown.headings[index]?.from ?? 0 };
}

/**
 * The outline: the post's headings, indented by level, the section the cursor is in marked.
 * Clicking a heading (or Enter on it) puts the cursor there and scrolls it to the top of the editor,
 * and the preview follows. One tab stop: the arrow keys, Home and End move between headings.
 * Collapsed by View ▸ Toggle Outline or its header, so it never takes the editor's room.
 */
export function OutlinePanel({ editor, writingView }: { editor: EditorController; writingView: WritingView }) {
  const { headings, current, positionOf } = useOutline(editor);
  const expanded = useSyncExternalStore(writingView.subscribe, writingView.getSnapshot).outline;
  const [focusIndex, setFocusIndex] = useState(0);
  const listRef = useRef<HTMLOListElement>(null);
  const tabStop = Math.min(Math.max(0, focusIndex), headings.length - 1);
  const minLevel = headings.reduce((min, heading) => Math.min(min, heading.level), 6);

  // Keep the current section in sight in a long outline (without taking focus).
  useEffect(() => {
    if (current < 0 || !expanded) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current, expanded]);

  const moveFocus = (index: number) => {
    const next = Math.min(Math.max(0, index), headings.length - 1);
    setFocusIndex(next);
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const moves: Record<string, number> = { ArrowDown: tabStop + 1, ArrowUp: tabStop - 1, Home: 0, End: headings.length - 1, PageDown: tabStop + 10, PageUp: tabStop - 10 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveFocus(to);
  };

  return (
    <section className={expanded ? 'outline is-expanded' : 'outline'} aria-label="Outline">
      <button type="button" className="outline-toggle" aria-expanded={expanded} onClick={() => writingView.toggle('outline')}>
        <span className="outline-chevron" aria-hidden="true" />
        Outline
        {headings.length > 0 && <span className="outline-count">{headings.length}</span>}
      </button>
      {expanded &&
        (headings.length === 0 ? (
          <p className="outline-empty">No headings yet. Lines starting with # become sections here.</p>
        ) : (
          <ol className="outline-list" ref={listRef} onKeyDown={onKeyDown}>
            {headings.map((heading, index) => (
              <li key={`${index}:${heading.from}`}>
                <button
                  type="button"
                  data-index={index}
                  className={index === current ? 'outline-item is-current' : 'outline-item'}
                  style={{ paddingInlineStart: `${10 + (heading.level - minLevel) * 14}px` }}
                  tabIndex={index === tabStop ? 0 : -1}
                  aria-current={index === current ? 'location' : undefined}
                  title={heading.text}
                  onFocus={() => setFocusIndex(index)}
                  onClick={() => editor.jumpTo(positionOf(index))}
                >
                  <span className="visually-hidden">Heading level {heading.level}: </span>
                  {heading.text}
                </button>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
