import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';

/** Find and replace (Mod-f), with the panel at the top of the editor. */
export function searchSupport(): Extension {
  return [search({ top: true }), highlightSelectionMatches(), keymap.of(searchKeymap)];
}
