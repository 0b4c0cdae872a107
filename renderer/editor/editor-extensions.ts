import type { Extension } from '@codemirror/state';
import type { KeyPlatform } from '../../shared/commands';
import { commandKeymap } from './extensions/command-keymap';
import { contentLabel } from './extensions/content-label';
import { editingBasics } from './extensions/editing-basics';
import { editorTheme } from './extensions/editor-theme';
import { formattingKeymap } from './extensions/formatting-keymap';
import { imageDrop, type ImageFilesHandler } from './extensions/image-drop';
import { historyAndKeymaps } from './extensions/history-keymap';
import { lineWrapping } from './extensions/line-wrapping';
import { markdownPairing } from './extensions/markdown-pairing';
import { markdownHighlighting } from './extensions/markdown-highlighting';
import { markdownSupport } from './extensions/markdown-language';
import { multipleCursors } from './extensions/multiple-cursors';
import { pasteLineBreaks } from './extensions/paste-line-breaks';
import { placeholderText } from './extensions/placeholder-text';
import { searchSupport } from './extensions/search-keymap';
import { spellCheck } from './extensions/spell-check';
import { tabIndentation } from './extensions/tab-indent';
import { writingModeCompartments } from './writing-modes';

/**
 * The editor, feature by feature. Built once and shared by every document's state (the workspace
 * adds each document's identity and saved baseline), so switching posts never rebuilds them.
 * App commands (Save, the palette…) are not bound here: their keys bubble to the window's
 * keyboard handler, which reads the command registry.
 */
export function editorExtensions(platform: KeyPlatform, imageFiles: () => ImageFilesHandler | null = () => null): Extension {
  return [
    formattingKeymap(platform),
    commandKeymap(platform),
    markdownSupport(),
    markdownPairing(),
    tabIndentation(),
    markdownHighlighting(),
    historyAndKeymaps(),
    searchSupport(),
    editingBasics(),
    multipleCursors(),
    spellCheck(),
    writingModeCompartments(),
    lineWrapping(),
    pasteLineBreaks(),
    imageDrop(imageFiles),
    placeholderText(),
    contentLabel(),
    editorTheme(),
  ];
}
