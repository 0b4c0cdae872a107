import type { Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { indentMarkdown, outdentMarkdown } from '../commands/indent-markdown';

/**
 * Tab indents and Shift-Tab outdents, like indentWithTab but aware of list items and code. A
 * keyboard user leaves the editor with Escape then Tab (or Shift-Tab): CodeMirror's view lets Tab
 * move focus for a moment after Escape, as its accessibility guidance for Tab-capturing editors asks.
 */
export function tabIndentation(): Extension {
  return [
    keymap.of([{ key: 'Tab', run: indentMarkdown, shift: outdentMarkdown, preventDefault: true }]),
    // Said once by a screen reader when the editor gets focus, so the way out is known.
    EditorView.contentAttributes.of({ 'aria-description': 'Tab indents. Press Escape, then Tab, to leave the editor.' }),
  ];
}
