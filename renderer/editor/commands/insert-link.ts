import { EditorSelection, type EditorState, type SelectionRange, type StateCommand } from '@codemirror/state';

/**
 * Insert Link (Mod-K) as a pure state command. Selected text becomes the link's text and the
 * `url` placeholder is selected, so typing or pasting the address replaces it; a selected address
 * becomes the link's target with a `text` placeholder selected; an empty cursor inserts `[](url)`
 * with the cursor between the brackets. Run again inside a link whose target is still the
 * placeholder, it selects the placeholder. Reads no clipboard: that needs a permission prompt in
 * the browser and would paste whatever happened to be copied.
 */
export const URL_PLACEHOLDER = 'url';
export const TEXT_PLACEHOLDER = 'text';

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)\S+$/i;

/** `[…](url)` around `pos` on its line: where the placeholder is, to select it. */
function placeholderAround(state: EditorState, pos: number): { from: number; to: number } | null {
  const line = state.doc.lineAt(pos);
  const pattern = /\[[^\]\n]*\]\(url\)/g;
  for (const match of line.text.matchAll(pattern)) {
    const start = line.from + match.index;
    const end = start + match[0].length;
    if (pos >= start && pos <= end) return { from: end - URL_PLACEHOLDER.length - 1, to: end - 1 };
  }
  return null;
}

function linkFor(state: EditorState, range: SelectionRange) {
  if (range.empty) {
    const placeholder = placeholderAround(state, range.head);
    if (placeholder) return { range: EditorSelection.range(placeholder.from, placeholder.to) };
    const insert = `[](${URL_PLACEHOLDER})`;
    return { changes: { from: range.from, insert }, range: EditorSelection.cursor(range.from + 1) };
  }
  const selected = state.sliceDoc(range.from, range.to);
  // Spaces around a selection (double-click takes one on some systems) stay outside the link.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const from = range.from + lead;
  const to = range.to - trail;
  const inner = state.sliceDoc(from, to);
  if (ADDRESS.test(inner)) {
    const target = /^www\./i.test(inner) ? `https://${inner}` : inner;
    return {
      changes: { from, to, insert: `[${TEXT_PLACEHOLDER}](${target})` },
      range: EditorSelection.range(from + 1, from + 1 + TEXT_PLACEHOLDER.length),
    };
  }
  const urlStart = from + inner.length + 3;
  return {
    changes: [{ from, insert: '[' }, { from: to, insert: `](${URL_PLACEHOLDER})` }],
    range: EditorSelection.range(urlStart, urlStart + URL_PLACEHOLDER.length),
  };
}

export const insertLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  dispatch(state.update(state.changeByRange((range) => linkFor(state, range)), { scrollIntoView: true, userEvent: 'input.link' }));
  return true;
};
