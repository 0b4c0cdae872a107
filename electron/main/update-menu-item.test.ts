import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from './menu-template';
import { withCheckForUpdates } from './update-menu-item';

const options = (isMac: boolean): MenuOptions => ({
  appName: 'Postwright',
  isMac,
  isDevelopment: false,
  hasDevServer: false,
  onCommand: () => {},
  openExternal: () => {},
});
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const labelsOrRoles = (menu: MenuItemConstructorOptions | undefined) => items(menu).map((item) => item.label ?? item.role ?? item.type);

describe('withCheckForUpdates', () => {
  it('puts the item under About in the macOS app menu, and nowhere else', () => {
    const checkNow = vi.fn();
    const template = withCheckForUpdates(menuTemplate(options(true)), { isMac: true, checkNow });
    expect(labelsOrRoles(template[0]).slice(0, 3)).toEqual(['about', 'Check for Updates…', 'separator']);
    const found = template.flatMap(items).filter((item) => item.id === 'check-for-updates');
    expect(found).toHaveLength(1);
    (found[0]?.click as unknown as () => void)();
    expect(checkNow).toHaveBeenCalledOnce();
  });

  it('puts it at the end of Help on Windows and Linux', () => {
    const template = withCheckForUpdates(menuTemplate(options(false)), { isMac: false, checkNow: () => {} });
    const help = template.find((menu) => menu.role === 'help');
    expect(labelsOrRoles(help).slice(-2)).toEqual(['separator', 'Check for Updates…']);
    expect(template.flatMap(items).filter((item) => item.id === 'check-for-updates')).toHaveLength(1);
  });

  it('leaves the template it was given unchanged', () => {
    const original = menuTemplate(options(false));
    const before = JSON.stringify(original);
    withCheckForUpdates(original, { isMac: false, checkNow: () => {} });
    expect(JSON.stringify(original)).toBe(before);
  });
});
