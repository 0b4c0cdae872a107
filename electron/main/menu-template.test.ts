import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/api';
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
  it('sends a menu command for each File action', () => {
    const sent: MenuCommand[] = [];
    const file = submenu(find(menuTemplate(options({ onCommand: (c) => sent.push(c) })), '&File'));
    const actions = file.filter((item) => item.accelerator !== undefined);
    expect(actions.map((item) => [item.label, item.accelerator])).toEqual([
      ['Open Folder…', 'CmdOrCtrl+O'],
      ['New Post…', 'CmdOrCtrl+N'],
      ['Save', 'CmdOrCtrl+S'],
      ['Export to HTML…', 'CmdOrCtrl+E'],
    ]);
    actions.forEach(click);
    expect(sent).toEqual(['open-folder', 'new-post', 'save', 'export-html']);
    expect(roles(file)).toEqual(['quit']);
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
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const unpackaged = roles(submenu(find(menuTemplate(options({ isDevelopment: true })), '&View')));
    expect(unpackaged).toContain('toggleDevTools');
    expect(unpackaged).not.toContain('reload');
    const dev = roles(submenu(find(menuTemplate(options({ isDevelopment: true, hasDevServer: true })), '&View')));
    expect(dev.slice(0, 2)).toEqual(['reload', 'toggleDevTools']);
  });

  it('opens the help link through openExternal', () => {
    const openExternal = vi.fn();
    const template = menuTemplate(options({ openExternal }));
    const help = template.find((item) => item.role === 'help');
    expect(template.at(-2)?.role).toBe('windowMenu');
    click(submenu(help)[0]);
    expect(openExternal).toHaveBeenCalledWith(HELP_URL);
  });
});
