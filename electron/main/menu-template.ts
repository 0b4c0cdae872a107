import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

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
  readonly onCommand: (command: MenuCommand) => void;
  readonly openExternal: (url: string) => void;
}

/**
 * The application menu as data, without Electron at run time so tests can read it. Actions the
 * renderer owns (it knows the open post and unsaved text) are sent as menu commands.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, onCommand } = options;
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => onCommand(name),
  });

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

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Open Folder…', 'CmdOrCtrl+O', 'open-folder'),
      command('New Post…', 'CmdOrCtrl+N', 'new-post'),
      { type: 'separator' },
      command('Save', 'CmdOrCtrl+S', 'save'),
      command('Export to HTML…', 'CmdOrCtrl+E', 'export-html'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
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
      ...(options.hasDevServer ? [{ role: 'reload' } as const] : []),
      ...(options.isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ...(options.hasDevServer || options.isDevelopment ? [{ type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Postwright Website', click: () => options.openExternal(HELP_URL) }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
