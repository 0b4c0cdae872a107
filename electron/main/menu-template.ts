import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, COMMAND_IDS, bindingFor, electronAccelerator, type CommandId, type KeyPlatform, type MenuId } from '../../shared/commands';

/** Where Help → "Postwright Website" goes (package.json `homepage`). */
export const HELP_URL = 'https://postwright.app';

export interface MenuOptions {
  readonly appName: string;
  readonly isMac: boolean;
  /** `!app.isPackaged`: developer tools are offered. */
  readonly isDevelopment: boolean;
  /** Running against the dev server: Reload is offered (in a build it would drop unsaved work). */
  readonly hasDevServer: boolean;
  /** Sends a command to the focused window's renderer, which owns the action. */
  readonly onCommand: (command: CommandId) => void;
  readonly openExternal: (url: string) => void;
  /** File ▸ Open Recent, most recent first (settings.recentFolders); absent: no submenu. */
  readonly recentFolders?: readonly string[];
  /** Asks the focused window to open a recent folder (it settles unsaved edits first). */
  readonly onOpenRecent?: (folder: string) => void;
}

/** The command after which File ▸ Open Recent sits. */
const OPEN_RECENT_AFTER: CommandId = 'file.openFolder';

/**
 * File ▸ Open Recent: one item per folder, labelled with its path ("&" doubled, or Windows and
 * Linux would read it as a mnemonic), or one disabled line when there is none yet.
 */
export function recentFoldersMenu(folders: readonly string[], onOpen: (folder: string) => void): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] =
    folders.length === 0
      ? [{ label: 'No Recent Folders', enabled: false }]
      : folders.map((folder) => ({ label: folder.replaceAll('&', '&&'), click: () => onOpen(folder) }));
  return { id: 'open-recent', label: 'Open Recent', submenu: items };
}

/**
 * The items of one menu from the command list (shared/commands), in its order, a separator
 * between groups. A command added there with a `menu` shows up here with its label and keys.
 */
export function commandItems(menu: MenuId, platform: KeyPlatform, onCommand: (command: CommandId) => void): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: number | null = null;
  for (const id of COMMAND_IDS) {
    const meta = COMMANDS[id];
    if (meta.menu?.menu !== menu) continue;
    if (group !== null && meta.menu.group !== group) items.push({ type: 'separator' });
    group = meta.menu.group;
    const binding = bindingFor(meta.keys, platform);
    items.push({
      id,
      label: meta.label,
      ...(binding ? { accelerator: electronAccelerator(binding, platform) } : {}),
      click: () => onCommand(id),
    });
  }
  return items;
}

/**
 * The application menu as data, without Electron at run time so tests can read it. Actions the
 * renderer owns (it knows the open post and unsaved text) are sent as command ids; the items come
 * from the command list, so menu, keys, toolbar and palette agree.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, onCommand } = options;
  const platform: KeyPlatform = isMac ? 'mac' : 'linux';
  const commands = (menu: MenuId) => commandItems(menu, platform, onCommand);

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileCommands = commands('file');
  if (options.recentFolders !== undefined && options.onOpenRecent !== undefined) {
    const at = fileCommands.findIndex((item) => item.id === OPEN_RECENT_AFTER) + 1;
    fileCommands.splice(at, 0, recentFoldersMenu(options.recentFolders, options.onOpenRecent));
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [...fileCommands, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...commands('view'),
      { type: 'separator' },
      ...(options.hasDevServer ? [{ role: 'reload' } as const] : []),
      ...(options.isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ...(options.hasDevServer || options.isDevelopment ? [{ type: 'separator' } as const] : []),
      // No resetZoom/zoomIn/zoomOut roles: their Ctrl/Cmd+0, + and - are the text zoom commands
      // above (editor and preview, remembered), which writers expect from an editor; zooming the
      // whole window would also scale the controls and fight the text zoom for the same keys.
      { role: 'togglefullscreen' },
    ],
  };

  const goMenu: MenuItemConstructorOptions = { label: '&Go', submenu: commands('go') };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Postwright Website', click: () => options.openExternal(HELP_URL) }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, goMenu, windowMenu, helpMenu];
}
