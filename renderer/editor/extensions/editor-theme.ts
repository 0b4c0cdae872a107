import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The editor's chrome in the app's palette (CSS variables), filling its pane. */
export function editorTheme(): Extension {
  return EditorView.theme({
    '&': { height: '100%', color: 'var(--editor-fg)', backgroundColor: 'var(--editor-bg)', fontSize: 'calc(15px * var(--text-zoom, 1))' },
    '&.cm-focused': { outline: 'none' },
    '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.65', overflow: 'auto' },
    '.cm-content': { padding: '20px 0 40vh', caretColor: 'var(--editor-caret)' },
    '.cm-line': { padding: '0 28px' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--editor-caret)', borderLeftWidth: '2px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
      { backgroundColor: 'var(--editor-selection)' },
    '.cm-activeLine': { backgroundColor: 'var(--editor-active-line)' },
    '.cm-placeholder': { color: 'var(--text-muted)', fontStyle: 'italic' },
    '.cm-searchMatch': { backgroundColor: 'var(--editor-search)', outline: '1px solid var(--editor-search-outline)' },
    '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--editor-search-selected)' },
    '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
    '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
    '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
    '.cm-panel.cm-search': { padding: '6px 10px', fontFamily: 'var(--font-ui)', fontSize: '13px' },
    '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontFamily: 'inherit', fontSize: 'inherit' },
    '.cm-textfield': {
      backgroundColor: 'var(--field-bg)', color: 'var(--text)', border: '1px solid var(--border-strong)', borderRadius: '4px',
    },
    '.cm-button': {
      backgroundImage: 'none', backgroundColor: 'var(--button-bg)', color: 'var(--text)',
      border: '1px solid var(--border-strong)', borderRadius: '4px',
    },
    '.cm-specialChar': { color: 'var(--cm-invalid)' },
  });
}
