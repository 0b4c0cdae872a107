import { openSearchPanel } from '@codemirror/search';
import type { Command } from '@codemirror/view';

/**
 * Find and Replace open CodeMirror's search panel (with its case, regexp and whole-word
 * options); Replace then puts the cursor in the replace field, which the panel does not do itself.
 */
export const openFind: Command = openSearchPanel;

export const openReplace: Command = (view) => {
  openSearchPanel(view);
  const field = view.dom.querySelector<HTMLInputElement>('.cm-search input[name=replace]');
  if (!field) return false;
  field.focus();
  field.select();
  return true;
};
