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
    let settle: ReturnType<typeof setTimeout> | undefined;
    let countedAt = -Infinity;
    const refresh = () => {
      frame = undefined;
      countedAt = performance.now();
      // Rendered now, inside the frame: left to React's scheduler it would land after the paint.
      flushSync(() => setCounts(countsOf(editor.state)));
    };
    // Counts change in the frame that shows the keystroke. Counted from a timer of their own,
    // they drew a frame of their own between keystrokes, and the next keystroke's frame then
    // waited a whole display refresh behind it (bench/preview-latency: a third of the slow keys).
    const inNextFrame = () => (frame ??= requestAnimationFrame(refresh));
    const stop = editor.onUpdate((update) => {
      if (update && !update.docChanged && !update.selectionSet) return;
      clearTimeout(settle);
      // Throttled, not debounced: the counts keep moving while the writer types.
      if (!update || performance.now() - countedAt >= REFRESH_MS) inNextFrame();
      else settle = setTimeout(inNextFrame, SETTLE_MS);
    });
    inNextFrame();
    return () => {
      stop();
      clearTimeout(settle);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [editor]);

  if (!counts) return <div className="status-bar" aria-label="Word count" />;
  const { total, selection } = counts;
  const minutes = readingMinutes(total.words);
  return (
    <div className="status-bar" aria-label="Word count">
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
  );
}
