import type { EditorState } from '@codemirror/state';

/**
 * The document exactly as the file should hold it. `state.doc.toString()` always joins lines with
 * `\n`; `sliceDoc()` joins with the state's line separator, so a CRLF post saves as CRLF.
 */
export const docText = (state: EditorState): string => state.sliceDoc();
