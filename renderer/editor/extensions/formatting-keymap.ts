import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { toggleBold, toggleItalic } from '../commands/toggle-inline-mark';

/** Mod-b bold, Mod-i italic. High precedence: the default keymap uses Mod-i for "select parent". */
export function formattingKeymap(): Extension {
  return Prec.high(
    keymap.of([
      { key: 'Mod-b', run: toggleBold, preventDefault: true },
      { key: 'Mod-i', run: toggleItalic, preventDefault: true },
    ]),
  );
}
