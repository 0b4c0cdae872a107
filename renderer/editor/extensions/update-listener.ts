import type { EditorState, Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

export type StateListener = (state: EditorState, docChanged: boolean) => void;

/**
 * Reports every new state with whether its text changed: the sessions keep the newest state
 * (selection and history included) and recompute "dirty" and the preview only on text changes.
 */
export function updateListener(listener: StateListener): Extension {
  return EditorView.updateListener.of((update) => {
    if (update.transactions.length > 0) listener(update.state, update.docChanged);
  });
}
