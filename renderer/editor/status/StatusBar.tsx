import { useEffect, useRef } from 'react';
import type { EditorState } from '@codemirror/state';
import type { EditorController } from '../editor-controller';
import { CountsView, type Counts } from './counts-view';
import { countDocument, countSelection } from './word-count';

/** Counts at most this often while typing (each count only redoes the text leaves an edit replaced). */
const REFRESH_MS = 120;
/** The last keystroke's counts show this long after it, when no other keystroke came first. */
const SETTLE_MS = 250;

const countsOf = (state: EditorState): Counts => ({ total: countDocument(state.doc), selection: countSelection(state) });

/** Words, characters and reading time of the post, and of the selection when there is one. */
export function StatusBar({ editor }: { editor: EditorController }) {
  // Counted after the first paint: a fresh 1 MB post takes ~70 ms to count once (bench/writing-desk).
  const rowRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let view: CountsView | null = null;
    let frame: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let countedAt = -Infinity;
    /** A new text's count waits for its task (it reads the newest state when it runs). */
    let wholePending = false;
    const refresh = () => {
      frame = undefined;
      timer = undefined;
      wholePending = false;
      countedAt = performance.now();
      view ??= new CountsView(rowRef.current!);
      view.show(countsOf(editor.state));
    };
    // While typing, counts change in the frame that shows the keystroke (an edit is counted in
    // microseconds). Counted from a timer of their own, they drew a frame between keystrokes, and
    // the next keystroke's frame then waited for a display refresh behind it (bench/README.md).
    const inNextFrame = () => (frame ??= requestAnimationFrame(refresh));
    // A whole new text (another post) is counted in a task after its first paint: ~70 ms at 1 MB.
    const afterPaint = () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      clearTimeout(timer);
      wholePending = true;
      timer = setTimeout(refresh, 0);
    };
    const stop = editor.onUpdate((update) => {
      if (!update) return afterPaint();
      if ((!update.docChanged && !update.selectionSet) || wholePending) return;
      clearTimeout(timer);
      timer = undefined;
      // Throttled, not debounced: the counts keep moving while the writer types, and the last
      // keystroke's show SETTLE_MS after it.
      if (performance.now() - countedAt >= REFRESH_MS) inNextFrame();
      else timer = setTimeout(inNextFrame, SETTLE_MS);
    });
    afterPaint();
    return () => {
      stop();
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [editor]);

  return (
    <div className="status-bar" aria-label="Word count">
      <div className="status-counts" ref={rowRef} />
    </div>
  );
}
