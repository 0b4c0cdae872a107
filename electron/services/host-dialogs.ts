/**
 * Native dialogs the host may offer. The Electron main implements them with `dialog`; over HTTP
 * there are none (null), and the renderer asks in the page instead.
 */
export interface HostDialogs {
  /** An absolute folder path, or null when the user cancelled; `export-site` asks for an output folder. */
  pickFolder(purpose?: 'open' | 'export-site'): Promise<string | null>;
  /** An absolute file path to write, or null when the user cancelled. */
  pickSavePath(suggestedFileName: string, kind?: 'html' | 'pdf'): Promise<string | null>;
}

/** Prints an HTML document to PDF bytes (Electron's printToPDF in a hidden, sandboxed window). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;
