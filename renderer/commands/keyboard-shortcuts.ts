import { COMMANDS, COMMAND_IDS, bindingFor, matchesKey, type CommandId, type KeyEventLike, type KeyPlatform } from '../../shared/commands';
import type { CommandRegistry } from './command-registry';

/** The command a key press means on this OS, if any (editor-scoped keys are CodeMirror's). */
export function commandForKey(event: KeyEventLike, platform: KeyPlatform): CommandId | null {
  for (const id of COMMAND_IDS) {
    const meta = COMMANDS[id];
    if (meta.keyScope === 'editor') continue;
    const own = bindingFor(meta.keys, platform);
    const bindings = [...(own ? [own] : []), ...(meta.extraKeys ?? [])];
    if (bindings.some((binding) => matchesKey(event, binding, platform))) return id;
  }
  return null;
}

/**
 * Command keys anywhere in the window: in the editor (CodeMirror lets app keys bubble), the
 * sidebar or the toolbar. The browser's own action for the key (Save page, Print, Open) is always
 * stopped, even when the command cannot run now, so a key never does something unexpected.
 */
export function installKeyboardShortcuts(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, registry: CommandRegistry): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || event.isComposing) return;
    const id = commandForKey(event, registry.platform);
    if (!id) return;
    event.preventDefault();
    registry.run(id);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

export const currentKeyPlatform = (): KeyPlatform => {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform;
  return /Mac|iPhone|iPad/.test(platform) ? 'mac' : /^Win/.test(platform) ? 'windows' : 'linux';
};
