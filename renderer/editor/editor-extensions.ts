import type { Extension } from '@codemirror/state';
import { contentLabel } from './extensions/content-label';
import { editingBasics } from './extensions/editing-basics';
import { editorTheme } from './extensions/editor-theme';
import { formattingKeymap } from './extensions/formatting-keymap';
import { historyAndKeymaps } from './extensions/history-keymap';
import { lineWrapping } from './extensions/line-wrapping';
import { markdownHighlighting } from './extensions/markdown-highlighting';
import { markdownSupport } from './extensions/markdown-language';
import { pasteLineBreaks } from './extensions/paste-line-breaks';
import { placeholderText } from './extensions/placeholder-text';
import { saveKeymap } from './extensions/save-keymap';
import { searchSupport } from './extensions/search-keymap';
import { updateListener, type StateListener } from './extensions/update-listener';

export interface EditorCallbacks {
  /** Mod-s inside the editor. */
  readonly onSave: () => void;
  /** Every update: the newest state, and whether the text changed. */
  readonly onUpdate: StateListener;
}

/**
 * The editor, feature by feature. Built once per EditorController and shared by every post's
 * state, so switching posts never rebuilds the extensions.
 */
export function editorExtensions({ onSave, onUpdate }: EditorCallbacks): Extension {
  return [
    saveKeymap(onSave),
    formattingKeymap(),
    markdownSupport(),
    markdownHighlighting(),
    historyAndKeymaps(),
    searchSupport(),
    editingBasics(),
    lineWrapping(),
    pasteLineBreaks(),
    placeholderText(),
    contentLabel(),
    editorTheme(),
    updateListener(onUpdate),
  ];
}
