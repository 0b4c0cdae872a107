import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Prose is written in long lines (paragraphs); wrap them instead of scrolling sideways. */
export function lineWrapping(): Extension {
  return EditorView.lineWrapping;
}
