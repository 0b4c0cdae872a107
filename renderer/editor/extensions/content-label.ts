import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The editable element's accessible name (it is a contenteditable div with role textbox). */
export function contentLabel(label = 'Markdown source'): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label });
}
