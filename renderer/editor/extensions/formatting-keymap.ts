import { Prec, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { COMMANDS, bindingFor, type CommandId, type KeyPlatform } from '../../../shared/commands';
import { toggleBold, toggleItalic } from '../commands/toggle-inline-mark';

/** `Mod+Shift+B` (the command list's spelling) as CodeMirror writes it: `Mod-Shift-b`. */
export const codeMirrorKey = (binding: string): string =>
  binding
    .split('+')
    .map((part, index, parts) => (index === parts.length - 1 && part.length === 1 ? part.toLowerCase() : part))
    .join('-');

/**
 * Bold and italic on the keys the command list gives them (the palette shows the same keys).
 * High precedence: the default keymap uses Mod-i for "select parent".
 */
export function formattingKeymap(platform: KeyPlatform): Extension {
  const bind = (id: CommandId, run: typeof toggleBold) => {
    const binding = bindingFor(COMMANDS[id].keys, platform);
    return binding ? [{ key: codeMirrorKey(binding), run, preventDefault: true }] : [];
  };
  return Prec.high(keymap.of([...bind('edit.bold', toggleBold), ...bind('edit.italic', toggleItalic)]));
}
