import { EditorSelection, EditorState, type Extension, type StateCommand } from '@codemirror/state';

/**
 * Test notation for editor states: `|` is a cursor, `[` … `]` a selection (one range). Tests write
 * the text before and after a command in it, so what a command did reads at a glance.
 */
export function markedState(marked: string, extensions: Extension = []): EditorState {
  const cursor = marked.indexOf('|');
  const from = cursor >= 0 ? cursor : marked.indexOf('[');
  const to = cursor >= 0 ? cursor : marked.indexOf(']') - 1;
  const doc = cursor >= 0 ? marked.slice(0, cursor) + marked.slice(cursor + 1) : marked.slice(0, from) + marked.slice(from + 1, to + 1) + marked.slice(to + 2);
  return EditorState.create({ doc, selection: EditorSelection.range(from, to), extensions });
}

/** The state's text with its main selection marked the same way. */
export function marked(state: EditorState): string {
  const { from, to } = state.selection.main;
  const text = state.doc.toString();
  return from === to ? `${text.slice(0, from)}|${text.slice(from)}` : `${text.slice(0, from)}[${text.slice(from, to)}]${text.slice(to)}`;
}

/** Runs a state command on a marked text; returns the marked result, or null when it declined. */
export function runMarked(command: StateCommand, text: string, extensions: Extension = []): string | null {
  let state = markedState(text, extensions);
  const handled = command({ state, dispatch: (tr) => (state = tr.state) });
  return handled ? marked(state) : null;
}
