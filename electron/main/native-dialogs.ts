import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { HostDialogs } from '../services/create-app-services';

/** The services' dialog port, as native dialogs attached to the focused window. */
export function createNativeDialogs(): HostDialogs {
  return {
    async pickFolder(purpose = 'open') {
      const options: OpenDialogOptions = {
        title: purpose === 'export-site' ? 'Export Site To' : 'Open Posts Folder',
        buttonLabel: purpose === 'export-site' ? 'Export Here' : 'Open Folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(suggestedFileName, kind = 'html') {
      const options: SaveDialogOptions = {
        title: kind === 'pdf' ? 'Export to PDF' : 'Export to HTML',
        defaultPath: suggestedFileName,
        filters: kind === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'HTML', extensions: ['html', 'htm'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
