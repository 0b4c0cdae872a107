import { documentText } from '../workspace/document-state';
import type { Download } from './download-file';
import type { FlowDeps } from './flow-deps';

/** Exports the open post as the editor shows it (unsaved edits included). */
export function createExportFlow({ api, store, notices, prompts, workspace }: FlowDeps, download: Download) {
  let exporting = false;
  return async function exportHtml(): Promise<void> {
    const document = workspace.active;
    if (!document || exporting || prompts.busy()) return;
    exporting = true;
    try {
      const request = { id: document.path, text: documentText(document.state) };
      if (store.getState().info?.nativeDialogs === true) {
        const saved = await api.export.save(request);
        if (!saved.ok) notices.showAlert(`Export failed. ${saved.error.message}`);
        else if (saved.value.path) notices.showNotice(`Exported to ${saved.value.path}`);
        return;
      }
      const rendered = await api.export.render(request);
      if (!rendered.ok) notices.showAlert(`Export failed. ${rendered.error.message}`);
      else {
        download(rendered.value.fileName, rendered.value.html, 'text/html');
        notices.showNotice(`Exported to ${rendered.value.fileName} (downloaded)`);
      }
    } finally {
      exporting = false;
    }
  };
}
