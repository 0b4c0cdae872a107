import { EditorSelection, type EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { parseFrontMatter } from '../../../shared/posts/front-matter';

/**
 * Images pasted or dropped into the editor: the files go to a handler (the app's image flow,
 * renderer/flows/image-paste-flow.ts, copies them into the site and asks for alt text), which
 * later inserts the Markdown with insertImageMarkdown as one undoable transaction. Text, and
 * files that are not images, are left to CodeMirror's own paste and drop.
 */

/** Where dropped images go: a document position, or null for the selection (a paste). */
export type ImageFilesHandler = (files: readonly File[], at: number | null) => void;

const imageFilesOf = (list: FileList | null | undefined): File[] => Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));

/** `handler` is read at event time: the app builds its flows after the editor's extensions. */
export function imageDrop(handler: () => ImageFilesHandler | null): Extension {
  return EditorView.domEventHandlers({
    paste(event) {
      const files = imageFilesOf(event.clipboardData?.files);
      const run = handler();
      if (files.length === 0 || run === null) return false;
      event.preventDefault();
      run(files, null);
      return true;
    },
    drop(event, view) {
      const files = imageFilesOf(event.dataTransfer?.files);
      const run = handler();
      if (files.length === 0 || run === null) return false;
      event.preventDefault();
      run(files, view.posAtCoords({ x: event.clientX, y: event.clientY }));
      return true;
    },
  });
}

/** Front matter is never this long; reading only this much keeps a paste into a 1 MB post quick. */
const FRONT_MATTER_SCAN_CHARS = 64 * 1024;

/**
 * Inserts image Markdown (one image per line) at `at`, or over the main selection when `at` is
 * null (an image aimed into the front matter goes to the start of the body instead: Markdown
 * there would break the post's metadata), on lines of their own (a line break added before and after when the text around needs
 * it, in the document's own line ending), the cursor after it. One transaction: one Undo.
 */
export function insertImageMarkdown(state: EditorState, images: readonly string[], at: number | null): TransactionSpec {
  let range = at === null ? state.selection.main : EditorSelection.cursor(Math.min(Math.max(at, 0), state.doc.length));
  // `\n`-joined text, so the offset is a document position whatever the post's line ending.
  const bodyStart = parseFrontMatter(state.doc.sliceString(0, FRONT_MATTER_SCAN_CHARS)).bodyOffset;
  if (range.from < bodyStart) range = EditorSelection.cursor(bodyStart);
  const lineBreak = state.lineBreak;
  const before = range.from > 0 && state.doc.lineAt(range.from).from !== range.from ? lineBreak : '';
  const after = range.to < state.doc.length && state.doc.lineAt(range.to).to !== range.to ? lineBreak : '';
  const insert = before + images.join(lineBreak) + after;
  return {
    changes: { from: range.from, to: range.to, insert },
    selection: EditorSelection.cursor(range.from + insert.length - after.length),
    scrollIntoView: true,
    userEvent: at === null ? 'input.paste' : 'input.drop',
  };
}
