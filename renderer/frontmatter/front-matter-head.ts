import type { EditorState } from '@codemirror/state';
import { findFrontMatter } from '../editor/front-matter-range';

/**
 * The start of a document up to and including its front matter's closing fence ('' without front
 * matter; up to the last line looked at when it is never closed). The panel re-reads the front
 * matter only when this text changes, so typing in the body costs a walk over the block's few
 * lines and one string compare, never a parse or a render. shared/posts/front-matter.ts parses it.
 */
export function frontMatterHead(state: EditorState): string {
  const block = findFrontMatter(state.doc);
  if (block === null) return '';
  if (block.close === null) return state.sliceDoc(0, state.doc.line(block.lastLine).to);
  return state.sliceDoc(0, Math.min(state.doc.length, block.close.to + 1));
}
