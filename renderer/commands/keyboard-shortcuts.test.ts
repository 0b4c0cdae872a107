import { describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import { commandContext } from './command-context';
import { createCommandRegistry, type CommandRuns } from './command-registry';
import { commandForKey, installKeyboardShortcuts } from './keyboard-shortcuts';
import { initialAppState } from '../state/app-state';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('maps each command’s keys from the shared list, per OS', () => {
    expect(commandForKey(key('s', { ctrlKey: true }), 'linux')).toBe('file.save');
    expect(commandForKey(key('S', { ctrlKey: true, altKey: true }), 'windows')).toBe('file.saveAll');
    expect(commandForKey(key('N', { ctrlKey: true }), 'linux')).toBe('file.newPost');
    expect(commandForKey(key('o', { metaKey: true }), 'mac')).toBe('file.openFolder');
    expect(commandForKey(key('e', { ctrlKey: true }), 'linux')).toBe('file.exportHtml');
    expect(commandForKey(key('P', { ctrlKey: true, shiftKey: true }), 'linux')).toBe('view.commandPalette');
    expect(commandForKey(key('F1'), 'mac')).toBe('view.commandPalette');
    expect(commandForKey(key('p', { metaKey: true }), 'mac')).toBe('go.post');
  });

  it('ignores other modifiers, other keys, and keys the editor owns', () => {
    expect(commandForKey(key('s', { metaKey: true }), 'linux')).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), 'mac')).toBeNull();
    expect(commandForKey(key('s'), 'linux')).toBeNull();
    expect(commandForKey(key('b', { ctrlKey: true }), 'linux')).toBeNull(); // bold: CodeMirror's keymap
  });
});

describe('installKeyboardShortcuts', () => {
  function setup(state = { ...initialAppState, folder: sampleFolder('/b') }) {
    const runs = Object.fromEntries(
      ['file.openFolder', 'file.newPost', 'file.save', 'file.saveAll', 'file.exportHtml', 'file.reloadFromDisk', 'edit.bold', 'edit.italic', 'view.commandPalette', 'go.post'].map(
        (id) => [id, vi.fn()],
      ),
    ) as unknown as CommandRuns & Record<string, ReturnType<typeof vi.fn>>;
    const registry = createCommandRegistry(runs, () => commandContext(state, { activeId: null, activePath: null, dirtyPaths: new Set() }), 'linux');
    const target = new EventTarget();
    const uninstall = installKeyboardShortcuts(target as unknown as Window, registry);
    const press = (init: KeyboardEventInit) => {
      const event = Object.assign(new Event('keydown', { cancelable: true }), { repeat: false, isComposing: false, ...key(''), ...init });
      target.dispatchEvent(event);
      return event;
    };
    return { runs, press, uninstall };
  }

  it('runs the command whose `when` holds and stops the browser’s own action', () => {
    const { runs, press } = setup();
    const event = press({ key: 'p', ctrlKey: true });
    expect(runs['go.post']).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('does not run a command whose `when` fails, but still stops the browser (Ctrl+S never saves the page)', () => {
    const { runs, press } = setup();
    const event = press({ key: 's', ctrlKey: true });
    expect(runs['file.save']).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves keys alone that something else handled, and stops after uninstall', () => {
    const { runs, press, uninstall } = setup();
    press({ key: 'x', ctrlKey: true });
    uninstall();
    press({ key: 'p', ctrlKey: true });
    expect(runs['go.post']).not.toHaveBeenCalled();
  });
});
