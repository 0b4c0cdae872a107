/**
 * Hands a generated file to the browser as a download (serve mode has no native save dialog).
 * The object URL is revoked after the click has started the download.
 */
export function downloadFile(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** How a generated file reaches the writer in serve mode (a test passes its own). */
export type Download = typeof downloadFile;
