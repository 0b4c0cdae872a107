import { addCursorAbove, addCursorBelow } from '@codemirror/commands';
import { findNext, findPrevious, selectNextOccurrence, selectSelectionMatches } from '@codemirror/search';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type Command } from '@codemirror/view';
import { COMMANDS, bindingFor, type CommandId, type KeyPlatform } from '../../../shared/commands';
import { insertLink } from '../commands/insert-link';
import { openFind, openReplace } from '../commands/search-panel';
import { codeMirrorKey } from './formatting-keymap';

/** What each editor-scoped writing command runs (the registry's runs use the same). */
export const EDITOR_COMMANDS = {
  'edit.insertLink': insertLink,
  'edit.find': openFind,
  'edit.replace': openReplace,
  'edit.findNext': findNext,
  'edit.findPrevious': findPrevious,
  'edit.selectNextOccurrence': selectNextOccurrence,
  'edit.selectAllOccurrences': selectSelectionMatches,
  'edit.addCursorAbove': addCursorAbove,
  'edit.addCursorBelow': addCursorBelow,
} satisfies Partial<Record<CommandId, Command>>;

/**
 * These commands on the keys the command list gives them on this OS, so the palette shows the
 * keys that work. High precedence, above CodeMirror's own search keymap (which stays for its
 * panel's Enter and Escape).
 */
export function commandKeymap(platform: KeyPlatform): Extension {
  const bindings = (Object.entries(EDITOR_COMMANDS) as [CommandId, Command][]).flatMap(([id, run]) => {
    const binding = bindingFor(COMMANDS[id].keys, platform);
    return binding ? [{ key: codeMirrorKey(binding), run, preventDefault: true }] : [];
  });
  return Prec.high(keymap.of(bindings));
}
