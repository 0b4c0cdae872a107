import { EditorSelection, type EditorState, type StateCommand } from '@codemirror/state';

/**
 * Bold (`**`) and italic (`*`) as pure state commands: they read an EditorState and dispatch one
 * transaction, so they are tested without a DOM. A selection that already carries the mark (inside
 * or just around it) is unwrapped; anything else is wrapped. An empty cursor in a word wraps the
 * word; elsewhere it inserts an empty pair to type into.
 */
export type InlineMark = '*' | '**';

const MAX_RUN = 3;

/** How many `*` touch `pos` on one side (at most three: `***` is bold italic). */
function runLength(state: EditorState, pos: number, direction: -1 | 1): number {
  let count = 0;
  while (count < MAX_RUN) {
    const at = direction === -1 ? pos - count - 1 : pos + count;
    if (at < 0 || at >= state.doc.length || state.sliceDoc(at, at + 1) !== '*') break;
    count++;
  }
  return count;
}

/** Whether a run of `run` asterisks on both sides includes this mark: 1 italic, 2 bold, 3 both. */
const runHasMark = (run: number, mark: InlineMark): boolean => (mark === '**' ? run >= 2 : run % 2 === 1);

export function toggleInlineMark(mark: InlineMark): StateCommand {
  const width = mark.length;
  return ({ state, dispatch }) => {
    const transaction = state.changeByRange((range) => {
      let { from, to } = range;
      if (range.empty) {
        // `**|**`: the pair was just inserted and is still empty; take it out again.
        if (state.sliceDoc(from - width, from) === mark && state.sliceDoc(to, to + width) === mark &&
            runHasMark(Math.min(runLength(state, from, -1), runLength(state, to, 1)), mark)) {
          return {
            changes: [{ from: from - width, to: from }, { from: to, to: to + width }],
            range: EditorSelection.cursor(from - width),
          };
        }
        const word = state.wordAt(from);
        if (!word) {
          return { changes: { from, insert: mark + mark }, range: EditorSelection.cursor(from + width) };
        }
        const cursor = from;
        ({ from, to } = word);
        const outer = Math.min(runLength(state, from, -1), runLength(state, to, 1));
        if (runHasMark(outer, mark)) {
          return {
            changes: [{ from: from - width, to: from }, { from: to, to: to + width }],
            range: EditorSelection.cursor(cursor - width),
          };
        }
        return {
          changes: [{ from, insert: mark }, { from: to, insert: mark }],
          range: EditorSelection.cursor(cursor + width),
        };
      }

      // The selection includes the marks: `[**bold**]`.
      const text = state.sliceDoc(from, to);
      const inner = Math.min(runLength(state, from, 1), runLength(state, to, -1));
      if (text.length > 2 * width && runHasMark(inner, mark)) {
        return {
          changes: [{ from, to: from + width }, { from: to - width, to }],
          range: EditorSelection.range(from, to - 2 * width),
        };
      }
      // The marks sit just outside the selection: `**[bold]**`.
      const outer = Math.min(runLength(state, from, -1), runLength(state, to, 1));
      if (runHasMark(outer, mark)) {
        return {
          changes: [{ from: from - width, to: from }, { from: to, to: to + width }],
          range: EditorSelection.range(from - width, to - width),
        };
      }
      return {
        changes: [{ from, insert: mark }, { from: to, insert: mark }],
        range: EditorSelection.range(from + width, to + width),
      };
    });
    dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

export const toggleBold: StateCommand = toggleInlineMark('**');
export const toggleItalic: StateCommand = toggleInlineMark('*');
