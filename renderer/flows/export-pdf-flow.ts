import { documentText } from '../workspace/document-state';
import type { FlowDeps } from './flow-deps';

/**
 * Exports the open post (unsaved edits included) as a PDF through the desktop app. In a browser
 * (serve) there is no printToPDF: the host answers UNSUPPORTED and the notice says what to do.
 */
export function createExportPdfFlow({ api, notices, prompts, workspace }: FlowDeps) {
  let exporting = false;
  return async function exportPdf(): Promise<void> {
    const document = workspace.active;
    if (!document || exporting || prompts.busy()) return;
    exporting = true;
    try {
      const saved = await api.export.savePdf({ id: document.path, text: documentText(document.state) });
      if (!saved.ok) notices.showAlert(saved.error.code === 'UNSUPPORTED' ? saved.error.message : `PDF export failed. ${saved.error.message}`);
      else if (saved.value.path) notices.showNotice(`Exported to ${saved.value.path}`);
    } finally {
      exporting = false;
    }
  };
}
