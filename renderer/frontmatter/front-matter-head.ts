import type { EditorState } from '@codemirror/state';

/** Past this many lines an unclosed block is reported as unclosed without reading further. */
const MAX_HEAD_LINES = 2000;

/**
 * The start of a document up to and including its front matter's closing fence ('' without front
 * matter). The panel re-reads the front matter only when this text changes, so typing in the body
 * costs a walk over the block's few lines and one string compare, never a parse or a render.
 * The closing fence per opening matches shared/posts/front-matter.ts, which parses the result.
 */
export function frontMatterHead(state: EditorState): string {
  const doc = state.doc;
  const first = doc.line(1).text;
  const close = first.startsWith('+++') ? /^\+\+\+[ \t]*$/ : first.startsWith('---') ? /^(?:---|\.\.\.)[ \t]*$/ : first.startsWith('{') ? /^\}[ \t]*$/ : null;
  if (close === null) return '';
  const last = Math.min(doc.lines, MAX_HEAD_LINES);
  for (let number = 2; number <= last; number++) {
    const line = doc.line(number);
    if (close.test(line.text)) return state.sliceDoc(0, Math.min(doc.length, line.to + 1));
  }
  return state.sliceDoc(0, doc.line(last).to);
}
