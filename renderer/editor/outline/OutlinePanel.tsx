import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { EditorController } from '../editor-controller';
import type { WritingView } from '../writing-view';
import { currentHeadingIndex, extractOutline, type OutlineHeading } from './outline';

/** Headings are listed again this long after the last edit (between, they move with the text). */
const REFRESH_MS = 250;

/** The headings of the shown post, kept up to date with its text and cursor. */
function useOutline(editor: EditorController): { headings: readonly OutlineHeading[]; current: number } {
  const [outline, setOutline] = useState(() => {
    const headings = extractOutline(editor.state.doc);
    return { headings, current: currentHeadingIndex(headings, editor.state.selection.main.head) };
  });
  useEffect(() => {
    let headings = extractOutline(editor.state.doc);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => setOutline({ headings, current: currentHeadingIndex(headings, editor.state.selection.main.head) });
    const relist = () => {
      timer = undefined;
      headings = extractOutline(editor.state.doc);
      publish();
    };
    const stop = editor.onUpdate((update) => {
      if (!update) {
        if (timer !== undefined) clearTimeout(timer);
        relist();
        return;
      }
      if (update.docChanged) {
        // Until the list is made again, headings keep their places in the edited text.
        headings = headings.map((heading) => ({ ...heading, from: update.changes.mapPos(heading.from, 1) }));
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(relist, REFRESH_MS);
      }
      if (update.docChanged || update.selectionSet) publish();
    });
    relist();
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor]);
  return outline;
}

/**
 * The outline: the post's headings, indented by level, the section the cursor is in marked.
 * Clicking a heading (or Enter on it) puts the cursor there and scrolls it to the top of the editor,
 * and the preview follows. One tab stop: the arrow keys, Home and End move between headings.
 * Collapsed by View ▸ Toggle Outline or its header, so it never takes the editor's room.
 */
export function OutlinePanel({ editor, writingView }: { editor: EditorController; writingView: WritingView }) {
  const { headings, current } = useOutline(editor);
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
                  onClick={() => editor.jumpTo(heading.from)}
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
