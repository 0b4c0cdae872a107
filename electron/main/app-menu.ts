import { BrowserWindow, Menu, app } from 'electron';
import type { HostEventSender } from './ipc-handlers';
import { menuTemplate } from './menu-template';
import { openExternalIfAllowed } from './open-external';

/** Installs the application menu; its commands go to the focused window (or the only one). */
export function installAppMenu(options: { hasDevServer: boolean; events: HostEventSender }): void {
  const template = menuTemplate({
    appName: app.name,
    isMac: process.platform === 'darwin',
    isDevelopment: !app.isPackaged,
    hasDevServer: options.hasDevServer,
    onCommand: (command) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (window !== undefined && !window.isDestroyed()) options.events.send(window.webContents, 'menu-command', { command });
    },
    openExternal: openExternalIfAllowed,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
