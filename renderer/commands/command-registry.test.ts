import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, type CommandContext } from '../../shared/commands';
import { createCommandRegistry, type CommandRuns } from './command-registry';
import { createCommandRuns } from './command-runs';

const none: CommandContext = { folderOpen: false, postOpen: false, postDirty: false, anyDirty: false, remoteContentAllowed: false, remoteContentBlocked: false, exportImagesEmbedded: false, exportImagesCopied: false };

function runs() {
  return Object.fromEntries(COMMAND_IDS.map((id) => [id, vi.fn()])) as unknown as { [Id in keyof CommandRuns]: ReturnType<typeof vi.fn<() => Promise<void> | void>> };
}

describe('the command registry', () => {
  it('runs a command only while its `when` holds', () => {
    const table = runs();
    let context = none;
    const registry = createCommandRegistry(table, () => context, 'linux');
    expect(registry.run('file.save')).toBe(false);
    expect(table['file.save']).not.toHaveBeenCalled();
    context = { ...none, folderOpen: true, postOpen: true };
    expect(registry.run('file.save')).toBe(true);
    expect(table['file.save']).toHaveBeenCalledTimes(1);
  });

  it('offers in the palette what can run now, titled and with its keys, never the palette itself', () => {
    let context: CommandContext = { ...none, folderOpen: true };
    const registry = createCommandRegistry(runs(), () => context, 'mac');
    expect(registry.available().map((entry) => entry.id)).toEqual([
      'file.openFolder',
      'file.newPost',
      'file.exportSite',
      'go.post',
      // The window's own settings apply with or without a post.
      'file.autosaveAfterPause',
      'file.autosaveOnFocusLoss',
      'file.autosaveOff',
      'view.toggleSidebar',
      'view.togglePreview',
      'view.zoomIn',
      'view.zoomOut',
      'view.zoomReset',
      'view.themeSystem',
      'view.themeLight',
      'view.themeDark',
    ]);
    // The remote-content toggle offers only the way that changes something.
    context = { ...context, remoteContentAllowed: true };
    expect(registry.available().map((entry) => entry.id)).toContain('view.blockRemoteContent');
    expect(registry.available().map((entry) => entry.id)).not.toContain('view.allowRemoteContent');
    // So does the export-images pair.
    context = { ...context, exportImagesCopied: true };
    expect(registry.available().map((entry) => entry.id)).toContain('file.embedExportImages');
    expect(registry.available().map((entry) => entry.id)).not.toContain('file.copyExportImages');
    context = { ...none, folderOpen: true, postOpen: true, postDirty: true, anyDirty: true };
    const entries = registry.available();
    expect(entries.map((entry) => entry.id)).not.toContain('view.commandPalette');
    expect(entries.find((entry) => entry.id === 'file.save')).toMatchObject({ title: 'File: Save', keys: '⌘S' });
    expect(entries.find((entry) => entry.id === 'file.reloadFromDisk')?.keys).toBeNull();
  });

  it('gives the writing commands each OS’s usual keys', () => {
    const context: CommandContext = { ...none, folderOpen: true, postOpen: true };
    const keysOn = (platform: 'mac' | 'linux' | 'windows') => {
      const entries = createCommandRegistry(runs(), () => context, platform).available();
      return (id: string) => entries.find((entry) => entry.id === id)?.keys;
    };
    const mac = keysOn('mac');
    const windows = keysOn('windows');
    expect([mac('edit.insertLink'), mac('edit.find'), mac('edit.replace'), mac('edit.findNext')]).toEqual(['⌘K', '⌘F', '⌥⌘F', '⌘G']);
    expect([windows('edit.insertLink'), windows('edit.find'), windows('edit.replace'), windows('edit.findNext')]).toEqual(['Ctrl+K', 'Ctrl+F', 'Ctrl+H', 'F3']);
    expect([windows('view.toggleFocusMode'), windows('view.toggleTypewriter'), windows('view.toggleOutline')]).toEqual(['F8', 'F9', null]);
  });

  it('logs a run that rejects instead of losing it', async () => {
    const table = runs();
    table['file.openFolder'].mockRejectedValue(new Error('bug'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createCommandRegistry(table, () => none, 'linux').run('file.openFolder');
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[postwright] file.openFolder failed', expect.any(Error)));
  });
});

describe('the command runs', () => {
  function targets(dialogOpen: boolean) {
    return {
      folder: { openFolder: vi.fn(async () => {}), setRemoteContent: vi.fn(async () => {}), setExportImages: vi.fn(async () => {}) },
      newPost: { newPost: vi.fn() },
      exportHtml: vi.fn(async () => {}),
      exportPdf: vi.fn(async () => {}),
      exportSite: vi.fn(),
      postFiles: { askRename: vi.fn(), duplicate: vi.fn(async () => {}), trash: vi.fn(async () => {}) },
      documents: { save: vi.fn(async () => true), saveAll: vi.fn(async () => true), reloadFromDisk: vi.fn(async () => true) },
      editor: { run: vi.fn(() => true) },
      openPalette: vi.fn(),
      scrollSync: { toggle: vi.fn(() => false) },
      writingView: { toggle: vi.fn() },
      dialogOpen: () => dialogOpen,
      setAutosave: vi.fn(),
      view: { toggleSidebar: vi.fn(), togglePreview: vi.fn(), toggleFrontMatter: vi.fn(), zoomIn: vi.fn(), zoomOut: vi.fn(), zoomReset: vi.fn(), setTheme: vi.fn() },
    };
  }

  it('send each command to what does it', () => {
    const t = targets(false);
    const table = createCommandRuns(t);
    for (const id of COMMAND_IDS) void table[id]();
    expect(t.documents.save).toHaveBeenCalledTimes(1);
    expect(t.documents.saveAll).toHaveBeenCalledTimes(1);
    expect(t.editor.run).toHaveBeenCalledTimes(11);
    expect(t.writingView.toggle.mock.calls).toEqual([['focusMode'], ['typewriter'], ['outline']]);
    expect(t.openPalette.mock.calls).toEqual([['commands'], ['posts']]);
    expect(t.folder.setRemoteContent.mock.calls).toEqual([['block'], ['https']]);
    expect(t.folder.setExportImages.mock.calls).toEqual([['copy'], ['embed']]);
    expect(t.exportSite).toHaveBeenCalledTimes(1);
    expect([t.postFiles.askRename, t.postFiles.duplicate, t.postFiles.trash].map((run) => run.mock.calls.length)).toEqual([1, 1, 1]);
    expect(t.scrollSync.toggle).toHaveBeenCalledTimes(1);
    expect(t.setAutosave.mock.calls).toEqual([['pause'], ['focus'], ['off']]);
    expect(t.view.setTheme.mock.calls).toEqual([['system'], ['light'], ['dark']]);
    expect([t.view.toggleSidebar, t.view.togglePreview, t.view.toggleFrontMatter, t.view.zoomIn, t.view.zoomOut, t.view.zoomReset].map((run) => run.mock.calls.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('leave the document alone while a dialog is open', () => {
    const t = targets(true);
    const table = createCommandRuns(t);
    void table['file.save']();
    void table['edit.bold']();
    void table['go.post']();
    expect(t.documents.save).not.toHaveBeenCalled();
    expect(t.editor.run).not.toHaveBeenCalled();
    expect(t.openPalette).not.toHaveBeenCalled();
  });
});
