import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { syntaxTree } from '@codemirror/language';
import { EditorSelection, Prec, type EditorState, type Extension, type StateCommand, type Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/**
 * Pairs brackets, quotes and emphasis markers the way Markdown is written.
 *
 * Brackets and quotes are CodeMirror's closeBrackets (it types over an inserted closer, wraps a
 * selection, deletes an empty pair, and leaves an apostrophe after a letter alone: "don't").
 * Emphasis and code markers (`*` `_` `~` and the backtick) need rules closeBrackets cannot express,
 * so they are handled here: a marker at the start of a line is a list item, a rule or a fence, not
 * emphasis; a marker touching a word is snake_case or arithmetic; nothing pairs in code, front
 * matter or URLs; a space typed into an empty pair (`*|*`) means a list item or a multiplication
 * and drops the closer.
 */
export const MARKERS = ['*', '_', '~', '`'] as const;
type Marker = (typeof MARKERS)[number];

const isMarker = (text: string): text is Marker => (MARKERS as readonly string[]).includes(text);

/** Nodes whose text is literal: pairing there would corrupt code, YAML or addresses. */
const LITERAL_NODES = new Set(['FencedCode', 'CodeBlock', 'InlineCode', 'CodeText', 'Frontmatter', 'FrontmatterContent', 'URL', 'Autolink', 'HTMLBlock', 'CommentBlock']);

export function inLiteral(state: EditorState, pos: number): boolean {
  for (let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (LITERAL_NODES.has(node.name)) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]/u;
/** Before a run of markers, these mean the run opens emphasis rather than closing it. */
const OPENING_CONTEXT = /[\s([{"'“‘]/;
/** A run of the same marker longer than this is not emphasis any more (`***` is bold italic). */
const MAX_RUN = 3;

function runBefore(state: EditorState, pos: number, marker: string): number {
  let count = 0;
  while (pos - count > 0 && state.sliceDoc(pos - count - 1, pos - count) === marker) count++;
  return count;
}

/** What typing `marker` does at this range: a change, or null for a plain insertion. */
function markerChange(state: EditorState, from: number, to: number, marker: Marker) {
  if (inLiteral(state, from)) return null;
  if (from !== to) {
    return {
      changes: [{ from, insert: marker }, { from: to, insert: marker }],
      range: EditorSelection.range(from + 1, to + 1),
    };
  }
  const line = state.doc.lineAt(from);
  const before = state.sliceDoc(line.from, from);
  const prev = before.slice(-1);
  const next = state.sliceDoc(from, from + 1);
  if (next === marker) {
    const run = runBefore(state, from, marker);
    const beforeRun = state.sliceDoc(from - run - 1, from - run);
    // `*word|*`, `**word*|*`: text before the markers, so this closes: type over the closer.
    if (beforeRun !== '' && !OPENING_CONTEXT.test(beforeRun)) return { range: EditorSelection.cursor(from + 1) };
    // `*|*` → `**|**`: bold, strong, a longer code span.
    if (run > 0) {
      if (run >= MAX_RUN) return null;
      return { changes: { from, insert: marker + marker }, range: EditorSelection.cursor(from + 1) };
    }
  }
  // Only spaces (and this marker) before it: a list item, a rule (`***`) or a fence (```).
  if (before.trimStart().split('').every((char) => char === marker)) return null;
  if (WORD.test(prev) || WORD.test(next)) return null;
  if (next !== '' && !/[\s)\]}.,;:!?'"]/.test(next)) return null;
  return { changes: { from, insert: marker + marker }, range: EditorSelection.cursor(from + 1) };
}

/** The transaction typing `text` over the selection makes, or null when it is plain typing. */
export function markerInput(state: EditorState, text: string): Transaction | null {
  if (!isMarker(text) && text !== ' ') return null;
  let declined = false;
  const spec = state.changeByRange((range) => {
    const change = text === ' ' ? spaceInEmptyPair(state, range.from, range.to) : markerChange(state, range.from, range.to, text as Marker);
    if (!change) {
      declined = true;
      return { range };
    }
    return change;
  });
  return declined ? null : state.update(spec, { scrollIntoView: true, userEvent: 'input.type' });
}

/** `*|*` + space → `* |`: emphasis cannot start with a space, so it was a list item or `2 * 3`. */
function spaceInEmptyPair(state: EditorState, from: number, to: number) {
  if (from !== to) return null;
  const prev = state.sliceDoc(from - 1, from);
  if (prev === '`' || !isMarker(prev) || state.sliceDoc(from, from + 1) !== prev || runBefore(state, from, prev) !== 1) return null;
  if (inLiteral(state, from)) return null;
  return { changes: { from, to: from + 1, insert: ' ' }, range: EditorSelection.cursor(from + 1) };
}

/** Backspace in an empty marker pair (`*|*`, `**|**`) deletes one marker on each side. */
export const deleteMarkerPair: StateCommand = ({ state, dispatch }) => {
  let declined = false;
  const spec = state.changeByRange((range) => {
    const prev = state.sliceDoc(range.from - 1, range.from);
    if (!range.empty || !isMarker(prev) || state.sliceDoc(range.from, range.from + 1) !== prev || inLiteral(state, range.from)) {
      declined = true;
      return { range };
    }
    return { changes: { from: range.from - 1, to: range.from + 1 }, range: EditorSelection.cursor(range.from - 1) };
  });
  if (declined) return false;
  dispatch(state.update(spec, { scrollIntoView: true, userEvent: 'delete.backward' }));
  return true;
};

/** Which brackets closeBrackets pairs in Markdown text (code blocks use their own language's). */
export const markdownBrackets = markdownLanguage.data.of({
  closeBrackets: { brackets: ['(', '[', '{', '"', "'"], before: ')]}:;>.,!?*_~`' },
});

export function markdownPairing(): Extension {
  return [
    closeBrackets(),
    markdownBrackets,
    Prec.high(
      EditorView.inputHandler.of((view, from, to, text) => {
        if (view.composing || view.state.readOnly) return false;
        const { main } = view.state.selection;
        if (from !== main.from || to !== main.to) return false;
        const transaction = markerInput(view.state, text);
        if (!transaction) return false;
        view.dispatch(transaction);
        return true;
      }),
    ),
    Prec.high(keymap.of([{ key: 'Backspace', run: deleteMarkerPair }, ...closeBracketsKeymap])),
  ];
}
