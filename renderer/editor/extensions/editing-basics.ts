import type { Extension } from '@codemirror/state';
import { EditorView, drawSelection, dropCursor, highlightActiveLine, highlightSpecialChars } from '@codemirror/view';
import { indentOnInput } from '@codemirror/language';
import { caretBlink } from './caret-blink';

/**
 * The active line's band is painted on the line, above the drawn selection, and would hide a
 * selection inside that line: while anything is selected the band goes (as in VS Code).
 */
const activeLineOnlyWithoutSelection: Extension = [
  EditorView.editorAttributes.compute(['selection'], (state) => (state.selection.ranges.some((range) => !range.empty) ? { class: 'cm-has-selection' } : ({} as Record<string, string>))),
  EditorView.theme({ '&.cm-has-selection .cm-activeLine': { backgroundColor: 'transparent' } }),
];

/** The small comforts of a text editor: drawn selection and caret, drop cursor, visible odd characters. */
export function editingBasics(): Extension {
  return [
    highlightSpecialChars(),
    drawSelection(),
    caretBlink(),
    dropCursor(),
    indentOnInput(),
    highlightActiveLine(),
    activeLineOnlyWithoutSelection,
  ];
}
