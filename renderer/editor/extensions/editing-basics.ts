import type { Extension } from '@codemirror/state';
import { drawSelection, dropCursor, highlightActiveLine, highlightSpecialChars } from '@codemirror/view';
import { indentOnInput } from '@codemirror/language';

/** The small comforts of a text editor: drawn selection, drop cursor, visible odd characters. */
export function editingBasics(): Extension {
  return [
    highlightSpecialChars(),
    drawSelection(),
    dropCursor(),
    indentOnInput(),
    highlightActiveLine(),
  ];
}
