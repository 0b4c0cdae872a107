import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Pasted or dropped text takes the post's line ending. The document splits lines only on its own
 * separator, so a pasted `\n` in a CRLF post would otherwise stay a stray character.
 */
export function pasteLineBreaks(): Extension {
  return EditorView.clipboardInputFilter.of((text, state) => text.replace(/\r\n?|\n/g, state.lineBreak));
}
