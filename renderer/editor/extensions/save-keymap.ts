import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/**
 * Mod-s saves from inside the editor. Handling it here also stops the browser's "save page"
 * dialog; the window-level shortcut covers focus elsewhere.
 */
export function saveKeymap(onSave: () => void): Extension {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-s',
        preventDefault: true,
        run: () => {
          onSave();
          return true;
        },
      },
    ]),
  );
}
