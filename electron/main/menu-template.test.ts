import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { CommandId } from '../../shared/commands';
import { HELP_URL, menuTemplate, type MenuOptions } from './menu-template';

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'Postwright',
  isMac: false,
  isDevelopment: false,
  hasDevServer: false,
  onCommand: () => {},
  openExternal: () => {},
  ...overrides,
});

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label);
const roles = (items: MenuItemConstructorOptions[]) => items.flatMap((item) => (item.role ? [item.role] : []));
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('menuTemplate', () => {
  it('builds the File menu from the command list and sends only the command id', () => {
    const sent: CommandId[] = [];
    const file = submenu(find(menuTemplate(options({ onCommand: (c) => sent.push(c) })), '&File'));
    expect(file.map((item) => item.type ?? [item.label, item.accelerator ?? null])).toEqual([
      ['Open Folder…', 'Ctrl+O'],
      ['New Post…', 'Ctrl+N'],
      'separator',
      ['Save', 'Ctrl+S'],
      ['Save All', 'Ctrl+Alt+S'],
      'separator',
      ['Export to HTML…', 'Ctrl+E'],
      ['Export to PDF…', null],
      ['Export Site…', null],
      ['Reload Post from Disk', null],
      'separator',
      ['Rename Post…', 'F2'],
      ['Duplicate Post', null],
      ['Move Post to Trash', null],
      'separator',
      ['Autosave After a Pause', null],
      ['Autosave When Switching Away', null],
      ['Turn Autosave Off', null],
      'separator',
      [undefined, null],
    ]);
    file.forEach(click);
    expect(sent).toEqual([
      'file.openFolder',
      'file.newPost',
      'file.save',
      'file.saveAll',
      'file.exportHtml',
      'file.exportPdf',
      'file.exportSite',
      'file.reloadFromDisk',
      'file.renamePost',
      'file.duplicatePost',
      'file.trashPost',
      'file.autosaveAfterPause',
      'file.autosaveOnFocusLoss',
      'file.autosaveOff',
    ]);
    expect(roles(file)).toEqual(['quit']);
  });

  it('resolves Mod to Cmd on macOS and puts the palette and Go to Post in View and Go', () => {
    const mac = menuTemplate(options({ isMac: true }));
    expect(submenu(find(mac, '&File'))[0]?.accelerator).toBe('Cmd+O');
    expect(find(submenu(find(mac, '&View')), 'Command Palette…')).toMatchObject({ accelerator: 'Cmd+Shift+P' });
    expect(submenu(find(mac, '&Go')).map((item) => [item.label, item.accelerator])).toEqual([['Go to Post…', 'Cmd+P']]);
  });

  it('has the macOS app menu and Close only on macOS', () => {
    const mac = menuTemplate(options({ isMac: true }));
    expect(mac[0]?.label).toBe('Postwright');
    expect(roles(submenu(find(mac, '&File')))).toEqual(['close']);
    expect(find(menuTemplate(options()), 'Postwright')).toBeUndefined();
  });

  it('has the standard Edit roles', () => {
    const edit = submenu(find(menuTemplate(options()), '&Edit'));
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = roles(submenu(find(menuTemplate(options()), '&View')));
    expect(find(submenu(find(menuTemplate(options()), '&View')), 'Command Palette…')).toBeDefined();
    expect(packaged).toEqual(['togglefullscreen']);
    const unpackaged = roles(submenu(find(menuTemplate(options({ isDevelopment: true })), '&View')));
    expect(unpackaged).toContain('toggleDevTools');
    expect(unpackaged).not.toContain('reload');
    const dev = roles(submenu(find(menuTemplate(options({ isDevelopment: true, hasDevServer: true })), '&View')));
    expect(dev.slice(0, 2)).toEqual(['reload', 'toggleDevTools']);
  });

  it('zooms the text with the text zoom commands, not the window zoom roles that would take the same keys', () => {
    const view = submenu(find(menuTemplate(options()), '&View'));
    expect(roles(view)).not.toContain('zoomIn');
    const zoomIn = view.find((item) => item.id === 'view.zoomIn');
    expect(zoomIn?.accelerator).toBe('Ctrl+=');
    expect(view.find((item) => item.id === 'view.zoomOut')?.accelerator).toBe('Ctrl+-');
    expect(view.find((item) => item.id === 'view.zoomReset')?.accelerator).toBe('Ctrl+0');
  });

  it('opens the help link through openExternal', () => {
    const openExternal = vi.fn();
    const template = menuTemplate(options({ openExternal }));
    const help = template.find((item) => item.role === 'help');
    expect(template.at(-2)?.role).toBe('windowMenu');
    click(submenu(help)[0]);
    expect(openExternal).toHaveBeenCalledWith(HELP_URL);
  });

  it('puts Open Recent after Open Folder…, one item per recent folder, opening that folder', () => {
    const opened: string[] = [];
    const file = submenu(
      find(menuTemplate(options({ recentFolders: ['/home/w/blog', '/srv/R&D notes'], onOpenRecent: (f) => opened.push(f) })), '&File'),
    );
    expect(file.map((item) => item.label).slice(0, 3)).toEqual(['Open Folder…', 'Open Recent', 'New Post…']);
    const recent = submenu(file[1]);
    expect(recent.map((item) => item.label)).toEqual(['/home/w/blog', '/srv/R&&D notes']);
    recent.forEach(click);
    expect(opened).toEqual(['/home/w/blog', '/srv/R&D notes']);
  });

  it('shows a disabled line when nothing was opened before, and no submenu without a handler', () => {
    const file = submenu(find(menuTemplate(options({ recentFolders: [], onOpenRecent: () => {} })), '&File'));
    expect(submenu(file[1])).toEqual([{ label: 'No Recent Folders', enabled: false }]);
    expect(submenu(find(menuTemplate(options()), '&File')).some((item) => item.label === 'Open Recent')).toBe(false);
  });
});
