import { Text, type EditorState, type TransactionSpec } from '@codemirror/state';
import type { PostContent } from '../../shared/api';
import { detectLineEnding } from '../../shared/posts/line-endings';
import { markSaved } from './document-state';

/**
 * The transaction that turns a document into the file's new text without starting it over: only
 * the span between the common start and the common end is replaced, so the cursor, the selection
 * and the scroll position stay where they were (CodeMirror maps them through the change), and the
 * undo history keeps the writer's text one Undo away. Null when the line endings changed: the
 * document must then be rebuilt (its line separator is fixed when it is created).
 */
export function diskReloadTransaction(state: EditorState, content: PostContent): TransactionSpec | null {
  if (detectLineEnding(content.text) !== state.lineBreak) return null;
  return {
    ...minimalReplace(state, content.text),
    effects: markSaved.of({ version: content.version }),
    // Not "typing": the reload is one undoable step of its own.
    userEvent: 'reload.disk',
  };
}

/** The smallest single change that turns the document into `text` (text in the document's line endings). */
export function minimalReplace(state: EditorState, text: string): { changes: { from: number; to: number; insert: Text } } {
  const next = state.toText(text);
  const before = state.doc.toString();
  const after = next.toString();
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const insert = Text.of(after.slice(start, after.length - end).split('\n'));
  return { changes: { from: start, to: before.length - end, insert } };
}
