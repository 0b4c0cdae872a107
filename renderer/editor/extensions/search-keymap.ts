import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';

/** The panel's words in the app's voice (CodeMirror's are lower-case terms like "regexp"). */
const SEARCH_PHRASES = EditorState.phrases.of({
  Find: 'Find',
  Replace: 'Replace with',
  next: 'Next',
  previous: 'Previous',
  all: 'All',
  'match case': 'Match case',
  regexp: 'Regular expression',
  'by word': 'Whole word',
  replace: 'Replace',
  'replace all': 'Replace all',
  close: 'Close',
});

/**
 * CodeMirror's panel laid out in rows (find and its buttons, replace and its buttons, then the
 * options) rather than wrapping wherever the narrow editor pane cuts it. The container's ::before
 * and ::after are zero-height flex items used as line breaks, ordered between the rows.
 */
const searchPanelLayout = EditorView.theme({
  '.cm-panel.cm-search': {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', padding: '8px 36px 8px 12px',
  },
  '.cm-panel.cm-search::before, .cm-panel.cm-search::after': { content: '""', flexBasis: '100%', height: '0' },
  '.cm-panel.cm-search::before': { order: '5' },
  '.cm-panel.cm-search::after': { order: '9' },
  '.cm-panel.cm-search br': { display: 'none' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button, .cm-panel.cm-search label': { margin: '0' },
  '.cm-panel.cm-search .cm-textfield': { flex: '1 1 80px', minWidth: '0', padding: '4px 8px', height: '28px', boxSizing: 'border-box' },
  '.cm-panel.cm-search .cm-textfield:focus-visible': { outline: '2px solid var(--focus)', outlineOffset: '-1px' },
  '.cm-panel.cm-search [name=search]': { order: '1' },
  '.cm-panel.cm-search [name=next]': { order: '2' },
  '.cm-panel.cm-search [name=prev]': { order: '3' },
  '.cm-panel.cm-search [name=select]': { order: '4' },
  '.cm-panel.cm-search [name=replace]': { order: '6' },
  '.cm-panel.cm-search [name=replaceAll]': { order: '8' },
  '.cm-panel.cm-search button[name=replace]': { order: '7' },
  '.cm-panel.cm-search label': { order: '10', display: 'inline-flex', alignItems: 'center', gap: '4px', marginInlineEnd: '10px', color: 'var(--text-muted)', fontSize: '12.5px' },
  '.cm-panel.cm-search label input': { accentColor: 'var(--accent)' },
  '.cm-panel.cm-search .cm-button': { height: '28px', padding: '0 8px', cursor: 'pointer', whiteSpace: 'nowrap' },
  '.cm-panel.cm-search .cm-button:hover': { backgroundColor: 'var(--surface-hover)' },
  '.cm-panel.cm-search [name=close]': {
    position: 'absolute', top: '8px', right: '8px', width: '24px', height: '24px', padding: '0', borderRadius: '4px',
    color: 'var(--text-muted)', fontSize: '18px', lineHeight: '22px', cursor: 'pointer',
  },
  '.cm-panel.cm-search [name=close]:hover': { backgroundColor: 'var(--surface-hover)', color: 'var(--text)' },
});

/** Find and replace (Mod-f; replace on the command list's key), with the panel at the top of the editor. */
export function searchSupport(): Extension {
  return [search({ top: true }), highlightSelectionMatches(), keymap.of(searchKeymap), SEARCH_PHRASES, searchPanelLayout];
}
