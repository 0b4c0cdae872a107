import { isolateHistory } from '@codemirror/commands';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { setFrontMatterField } from '../../shared/posts/front-matter-edit';
import type { FieldWrite } from './front-matter-model';

/**
 * The userEvent of a panel edit. Not an `input.type…` event, so CodeMirror's history never joins
 * it with typing: one panel edit is one undo step.
 */
export const FRONT_MATTER_EVENT = 'input.frontmatter';

/**
 * A panel edit as one CodeMirror transaction: the writes go through the lossless front-matter
 * layer (setFrontMatterField), and only the range that changed is replaced, so the cursor,
 * the rest of the text and the undo history stay as they were. Null when nothing changes.
 * Throws the layer's message when the block cannot be edited safely.
 */
export function frontMatterTransaction(state: EditorState, writes: readonly FieldWrite[]): TransactionSpec | null {
  const before = state.sliceDoc();
  let after = before;
  for (const [key, value] of writes) after = setFrontMatterField(after, key, value);
  const change = minimalChange(before, after);
  if (change === null) return null;
  const toPosition = positionsIn(before, state.lineBreak);
  return {
    changes: { from: toPosition(change.from), to: toPosition(change.to), insert: change.insert },
    userEvent: FRONT_MATTER_EVENT,
    // Typing right after a panel edit starts its own undo step too.
    annotations: isolateHistory.of('full'),
  };
}

/** The one range of `before` that differs from `after` (common prefix and suffix left out). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  let from = 0;
  const shortest = Math.min(before.length, after.length);
  while (from < shortest && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let suffix = 0;
  while (suffix < shortest - from && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never cut a CRLF in two: the editor counts it as one line break.
  if (from > 0 && before[from - 1] === '\r' && (before[from] === '\n' || after[from] === '\n')) from--;
  let to = before.length - suffix;
  let end = after.length - suffix;
  if (suffix > 0 && before[to] === '\n' && (before[to - 1] === '\r' || after[end - 1] === '\r')) {
    to++;
    end++;
  }
  return { from, to, insert: after.slice(from, end) };
}

/**
 * Maps an offset in the text as saved (`sliceDoc()`, lines joined by the file's line break) to
 * an editor position, where every line break counts as one. Offsets here lie in the front
 * matter, so counting the breaks before them is cheap.
 */
function positionsIn(text: string, lineBreak: string): (offset: number) => number {
  if (lineBreak.length === 1) return (offset) => offset;
  return (offset) => {
    let breaks = 0;
    for (let at = text.indexOf(lineBreak); at !== -1 && at < offset; at = text.indexOf(lineBreak, at + lineBreak.length)) breaks++;
    return offset - breaks * (lineBreak.length - 1);
  };
}
