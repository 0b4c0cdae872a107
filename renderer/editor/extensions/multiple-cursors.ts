import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, rectangularSelection } from '@codemirror/view';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Multiple cursors: Alt-click (or Mod-click, CodeMirror's default) adds a cursor; Shift-Alt-drag
 * selects a rectangle, as in VS Code (plain Alt-drag would take Alt-click's place); Mod-D and
 * Mod-Shift-L add occurrences (command-keymap.ts).
 */
export function multipleCursors(): Extension {
  return [
    EditorState.allowMultipleSelections.of(true),
    EditorView.clickAddsSelectionRange.of((event) => event.altKey || (isMac ? event.metaKey : event.ctrlKey)),
    rectangularSelection({ eventFilter: (event) => event.altKey && event.shiftKey && event.button === 0 }),
  ];
}
