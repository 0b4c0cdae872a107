import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';

/**
 * Undo history (kept inside each post's EditorState, so it survives switching posts) and the
 * standard editing keys. Tab is tab-indent.ts's (Escape then Tab still leaves the editor).
 */
export function historyAndKeymaps(): Extension {
  return [history(), keymap.of([...defaultKeymap, ...historyKeymap])];
}
