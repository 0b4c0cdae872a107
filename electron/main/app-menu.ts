import { BrowserWindow, Menu, app } from 'electron';
import { sendMenuCommand } from './ipc-handlers';
import { menuTemplate } from './menu-template';
import { openExternalIfAllowed } from './open-external';

/** Installs the application menu; its commands go to the focused window (or the only one). */
export function installAppMenu(options: { hasDevServer: boolean }): void {
  const template = menuTemplate({
    appName: app.name,
    isMac: process.platform === 'darwin',
    isDevelopment: !app.isPackaged,
    hasDevServer: options.hasDevServer,
    onCommand: (command) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (window !== undefined && !window.isDestroyed()) sendMenuCommand(window.webContents, command);
    },
    openExternal: openExternalIfAllowed,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
