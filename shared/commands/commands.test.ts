import { describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_IDS, commandTitle, isCommandId } from './commands';
import { ariaKeyShortcut, bindingFor, electronAccelerator, keyLabel, keyPlatform, matchesKey } from './key-binding';
import { whenHolds } from './when';

const event = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('key bindings', () => {
  it('reads Mod as Cmd on macOS and Ctrl elsewhere, with no extra modifier', () => {
    expect(matchesKey(event('s', { ctrlKey: true }), 'Mod+S', 'linux')).toBe(true);
    expect(matchesKey(event('S', { ctrlKey: true }), 'Mod+S', 'windows')).toBe(true);
    expect(matchesKey(event('s', { metaKey: true }), 'Mod+S', 'mac')).toBe(true);
    expect(matchesKey(event('s', { metaKey: true }), 'Mod+S', 'linux')).toBe(false);
    expect(matchesKey(event('s', { ctrlKey: true }), 'Mod+S', 'mac')).toBe(false);
    expect(matchesKey(event('S', { ctrlKey: true, shiftKey: true }), 'Mod+S', 'linux')).toBe(false);
    expect(matchesKey(event('P', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+P', 'linux')).toBe(true);
    expect(matchesKey(event('F1'), 'F1', 'linux')).toBe(true);
    expect(matchesKey(event('F1', { shiftKey: true }), 'F1', 'linux')).toBe(false);
  });

  it('shows, accelerates and announces a binding per OS', () => {
    expect(keyLabel('Mod+Shift+P', 'mac')).toBe('⇧⌘P');
    expect(keyLabel('Mod+Shift+P', 'windows')).toBe('Ctrl+Shift+P');
    expect(electronAccelerator('Mod+Alt+S', 'mac')).toBe('Cmd+Alt+S');
    expect(electronAccelerator('Mod+Alt+S', 'linux')).toBe('Ctrl+Alt+S');
    expect(ariaKeyShortcut('Mod+S', 'mac')).toBe('Meta+S');
    expect(ariaKeyShortcut('Mod+S', 'linux')).toBe('Control+S');
  });

  it('takes a per-OS override, including none', () => {
    expect(bindingFor({ default: 'Mod+S', mac: 'Cmd+Alt+S' }, 'mac')).toBe('Cmd+Alt+S');
    expect(bindingFor({ default: 'Mod+S', linux: null }, 'linux')).toBeNull();
    expect(bindingFor({ default: 'Mod+S' }, 'windows')).toBe('Mod+S');
    expect(bindingFor(undefined, 'windows')).toBeNull();
    expect([keyPlatform('darwin'), keyPlatform('MacIntel'), keyPlatform('win32'), keyPlatform('Win32'), keyPlatform('Linux x86_64')]).toEqual([
      'mac',
      'mac',
      'windows',
      'windows',
      'linux',
    ]);
  });
});

describe('the command list', () => {
  it('gives every command a label and no two commands the same keys on any OS', () => {
    for (const platform of ['mac', 'windows', 'linux'] as const) {
      const bindings = COMMAND_IDS.flatMap((id) => {
        const meta = COMMANDS[id];
        const own = bindingFor(meta.keys, platform);
        return [...(own ? [own] : []), ...(meta.extraKeys ?? [])].map((b) => electronAccelerator(b, platform));
      });
      expect(new Set(bindings).size).toBe(bindings.length);
    }
    for (const id of COMMAND_IDS) expect(COMMANDS[id].label).not.toBe('');
    expect(commandTitle('file.save')).toBe('File: Save');
  });

  it('knows its ids and nothing else', () => {
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('toString')).toBe(false);
    expect(isCommandId('save')).toBe(false);
    expect(isCommandId(null)).toBe(false);
  });

  it('holds a when clause only when every fact does', () => {
    const context = { folderOpen: true, postOpen: false, postDirty: false, anyDirty: false, remoteContentAllowed: true, remoteContentBlocked: false, exportImagesEmbedded: true, exportImagesCopied: false };
    expect(whenHolds(undefined, context)).toBe(true);
    expect(whenHolds(['folderOpen'], context)).toBe(true);
    expect(whenHolds(['folderOpen', 'postOpen'], context)).toBe(false);
  });
});
