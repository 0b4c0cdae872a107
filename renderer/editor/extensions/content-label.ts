import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * The editable element's accessible name (it is a contenteditable div with role textbox), and an
 * explicit tabindex: a contenteditable is in the tab order already, but axe only counts elements
 * that say so when it checks that a scrolling editor (a long post) can be reached by keyboard.
 */
export function contentLabel(label = 'Markdown source'): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' });
}
