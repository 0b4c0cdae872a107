import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { EditorState } from '@codemirror/state';
import type { EditorController } from '../editor-controller';
import { countDocument, countSelection, readingMinutes, type TextCounts } from './word-count';

interface Counts {
  readonly total: TextCounts;
  readonly selection: TextCounts | null;
}

/** Counts at most this often while typing (each count only redoes the text leaves an edit replaced). */
const REFRESH_MS = 120;
/** The last keystroke's counts show this long after it, when no other keystroke came first. */
const SETTLE_MS = 250;

const number = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) => `${number.format(count)} ${count === 1 ? one : many}`;

const countsOf = (state: EditorState): Counts => ({ total: countDocument(state.doc), selection: countSelection(state) });

/** Words, characters and reading time of the post, and of the selection when there is one. */
export function StatusBar({ editor }: { editor: EditorController }) {
  // Counted after the first paint: a fresh 1 MB post takes ~70 ms to count once (bench/writing-desk).
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
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
      // Rendered now: inside a frame, React's scheduler would land it after that frame's paint.
      flushSync(() => setCounts(countsOf(editor.state)));
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

  if (!counts) return <div className="status-bar" aria-label="Word count" />;
  const { total, selection } = counts;
  const minutes = readingMinutes(total.words);
  return (
    <div className="status-bar" aria-label="Word count">
      <div className="status-counts">
        {selection ? (
          <span className="status-selection">
            {number.format(selection.words)} of {plural(total.words, 'word', 'words')} selected
            <span className="status-sep" aria-hidden="true">·</span>
            {plural(selection.characters, 'character', 'characters')}
          </span>
        ) : (
          <span>
            {plural(total.words, 'word', 'words')}
            <span className="status-sep" aria-hidden="true">·</span>
            {plural(total.characters, 'character', 'characters')}
          </span>
        )}
        <span className="status-reading" title={`At about 230 words a minute`}>
          {minutes === 0 ? 'Nothing to read yet' : minutes === 1 ? '1 min read' : `${number.format(minutes)} min read`}
        </span>
      </div>
    </div>
  );
}
