import { BrowserWindow, Menu, app } from 'electron';
import type { HostEventSender } from './ipc-handlers';
import { menuTemplate } from './menu-template';
import { openExternalIfAllowed } from './open-external';
import { withCheckForUpdates } from './update-menu-item';

export interface AppMenuOptions {
  readonly hasDevServer: boolean;
  readonly events: HostEventSender;
  readonly checkForUpdates: () => void;
  /** File ▸ Open Recent (settings.recentFolders), and what choosing one does. */
  readonly recentFolders: readonly string[];
  readonly onOpenRecent: (folder: string) => void;
}

/** Installs the application menu; its commands go to the focused window (or the only one). */
export function installAppMenu(options: AppMenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template = menuTemplate({
    appName: app.name,
    isMac,
    isDevelopment: !app.isPackaged,
    hasDevServer: options.hasDevServer,
    onCommand: (command) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (window !== undefined && !window.isDestroyed()) options.events.send(window.webContents, 'menu-command', { command });
    },
    openExternal: openExternalIfAllowed,
    recentFolders: options.recentFolders,
    onOpenRecent: options.onOpenRecent,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(withCheckForUpdates(template, { isMac, checkNow: options.checkForUpdates })));
}
