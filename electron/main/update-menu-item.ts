import type { MenuItemConstructorOptions } from 'electron';

/**
 * Adds "Check for Updates…" to a finished menu template: under About in the macOS app menu (where
 * Mac apps keep it), else at the end of Help. Kept apart from menu-template.ts so the menu can move
 * to the command registry without this changing: it only needs the template and a callback.
 */
export function withCheckForUpdates(
  template: readonly MenuItemConstructorOptions[],
  options: { readonly isMac: boolean; readonly checkNow: () => void },
): MenuItemConstructorOptions[] {
  const item: MenuItemConstructorOptions = { id: 'check-for-updates', label: 'Check for Updates…', click: () => options.checkNow() };
  return template.map((menu, index) => {
    const items = Array.isArray(menu.submenu) ? menu.submenu : null;
    if (items === null) return menu;
    if (options.isMac && index === 0) {
      const about = items.findIndex((entry) => entry.role === 'about');
      return { ...menu, submenu: [...items.slice(0, about + 1), item, ...items.slice(about + 1)] };
    }
    if (!options.isMac && menu.role === 'help') return { ...menu, submenu: [...items, { type: 'separator' }, item] };
    return menu;
  });
}
