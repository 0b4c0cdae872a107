import { useEffect, useState } from 'react';
import type { EditorState } from '@codemirror/state';
import type { EditorController } from '../editor-controller';
import { countDocument, countSelection, readingMinutes, type TextCounts } from './word-count';

interface Counts {
  readonly total: TextCounts;
  readonly selection: TextCounts | null;
}

/** Counts at most this often while typing (each count only redoes the text leaves an edit replaced). */
const REFRESH_MS = 120;

const number = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) => `${number.format(count)} ${count === 1 ? one : many}`;

const countsOf = (state: EditorState): Counts => ({ total: countDocument(state.doc), selection: countSelection(state) });

/** Words, characters and reading time of the post, and of the selection when there is one. */
export function StatusBar({ editor }: { editor: EditorController }) {
  // Counted after the first paint: a fresh 1 MB post takes ~70 ms to count once (bench/writing-desk).
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      timer = undefined;
      setCounts(countsOf(editor.state));
    };
    const stop = editor.onUpdate((update) => {
      if (update && !update.docChanged && !update.selectionSet) return;
      // Throttled, not debounced: the counts keep moving while the writer types.
      timer ??= setTimeout(refresh, update ? REFRESH_MS : 0);
    });
    timer = setTimeout(refresh, 0);
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
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
