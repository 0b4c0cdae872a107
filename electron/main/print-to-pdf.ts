import { BrowserWindow } from 'electron';
import { pdfOptionsFor } from '../services/export/pdf-options';

/**
 * Prints export HTML to PDF in a hidden window that can do nothing else: sandboxed, no script,
 * no preload, no navigation, and no network (the export HTML's own CSP forbids remote loads; the
 * page is loaded from a data: URL). The options come from pdf-options.ts, which is unit-tested.
 */
export async function printHtmlToPdf(html: string, locale: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, webSecurity: true, offscreen: false },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF(pdfOptionsFor(locale));
  } finally {
    window.destroy();
  }
}
