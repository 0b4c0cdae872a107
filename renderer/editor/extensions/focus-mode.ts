import { syntaxTree } from '@codemirror/language';
import { RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { decorationPlugin } from './decoration-plugin';

/**
 * Focus mode: every line but the paragraph the cursor is in is dimmed, so the eye stays on the
 * sentence being written. A paragraph is the run of non-blank lines around the cursor; a fenced
 * code block counts as one whole, blank lines and all. Only visible lines are decorated.
 */
const MAX_BLOCK_LINES = 300;

export function focusedBlock(state: EditorState, pos = state.selection.main.head): { from: number; to: number } {
  for (let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (node.name === 'FencedCode' || node.name === 'Frontmatter') return { from: state.doc.lineAt(node.from).from, to: state.doc.lineAt(Math.max(node.from, node.to - 1)).to };
  }
  const { doc } = state;
  const line = doc.lineAt(pos);
  if (line.text.trim() === '') return { from: line.from, to: line.to };
  let first = line.number;
  let last = line.number;
  // A block with no blank line in it for this long (a huge table) is lit around the cursor only,
  // so a keystroke never walks thousands of lines.
  while (first > 1 && line.number - first < MAX_BLOCK_LINES && doc.line(first - 1).text.trim() !== '') first--;
  while (last < doc.lines && last - line.number < MAX_BLOCK_LINES && doc.line(last + 1).text.trim() !== '') last++;
  return { from: doc.line(first).from, to: doc.line(last).to };
}

const dimmed = Decoration.line({ class: 'cm-dimmed' });

function dimOutside(view: EditorView): DecorationSet {
  const block = focusedBlock(view.state);
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      if (line.to < block.from || line.from > block.to) builder.add(line.from, line.from, dimmed);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const dimming = decorationPlugin(dimOutside, (update) => update.docChanged || update.selectionSet || update.viewportChanged);

export function focusMode(): Extension {
  return [
    dimming,
    EditorView.theme({
      '.cm-line': { transition: 'opacity 120ms ease-out' },
      '.cm-line.cm-dimmed': { opacity: '0.32' },
      // The active-line band would compete with the focused paragraph.
      '.cm-activeLine': { backgroundColor: 'transparent' },
    }),
    EditorView.editorAttributes.of({ class: 'cm-focus-mode' }),
  ];
}
