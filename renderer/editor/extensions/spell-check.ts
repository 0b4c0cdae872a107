import { syntaxTree } from '@codemirror/language';
import { RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { decorationPlugin } from './decoration-plugin';

/**
 * Spell check in prose, not in code. The editable content asks for the platform's spell checker
 * (the browser's in `serve`, Electron's session checker in the app); code blocks, inline code,
 * front matter, URLs and HTML are marked `spellcheck="false"`, so identifiers and addresses are
 * not underlined. Only the visible part is decorated, so a long post costs nothing off screen.
 */
const BLOCK_NODES = new Set(['FencedCode', 'CodeBlock', 'Frontmatter', 'HTMLBlock', 'CommentBlock', 'LinkReference']);
const INLINE_NODES = new Set(['InlineCode', 'URL', 'Autolink', 'HTMLTag', 'Comment']);

export interface LiteralRange {
  readonly from: number;
  readonly to: number;
  /** Whole lines (a block), decorated line by line; else a span inside a line. */
  readonly block: boolean;
}

/** The ranges between `from` and `to` that hold code, metadata or addresses rather than prose. */
export function literalRanges(state: EditorState, from = 0, to = state.doc.length): LiteralRange[] {
  const ranges: LiteralRange[] = [];
  syntaxTree(state).iterate({
    from,
    to,
    enter(node) {
      if (BLOCK_NODES.has(node.name)) {
        ranges.push({ from: node.from, to: node.to, block: true });
        return false;
      }
      if (INLINE_NODES.has(node.name)) {
        ranges.push({ from: node.from, to: node.to, block: false });
        return false;
      }
      return undefined;
    },
  });
  return ranges;
}

const noSpellLine = Decoration.line({ attributes: { spellcheck: 'false' } });
const noSpellSpan = Decoration.mark({ attributes: { spellcheck: 'false' } });

function decorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  let lastLine = 0;
  for (const visible of view.visibleRanges) {
    for (const range of literalRanges(view.state, visible.from, visible.to)) {
      if (range.block) {
        const first = Math.max(doc.lineAt(range.from).number, lastLine + 1);
        // A block's range may end at the start of the next line (front matter takes its newline).
        const last = doc.lineAt(Math.max(range.from, Math.min(range.to - 1, visible.to))).number;
        for (let number = first; number <= last; number++) builder.add(doc.line(number).from, doc.line(number).from, noSpellLine);
        lastLine = Math.max(lastLine, last);
      } else if (range.to > range.from && doc.lineAt(range.from).number > lastLine) {
        builder.add(range.from, range.to, noSpellSpan);
      }
    }
  }
  return builder.finish();
}

const literalSpans = decorationPlugin(
  decorations,
  (update) => update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state),
);

export function spellCheck(): Extension {
  return [EditorView.contentAttributes.of({ spellcheck: 'true', autocorrect: 'off', autocapitalize: 'off' }), literalSpans];
}
