import type { HostEvents } from '../../shared/api';
import type { SiteExportChoice } from '../state/app-state';
import type { FlowDeps } from './flow-deps';

export type ExportSiteFlow = ReturnType<typeof createExportSiteFlow>;

/**
 * File ▸ Export Site…: asks where and how (a dialog; the desktop app then shows its folder
 * picker), starts the host's export and shows its progress in a panel with Cancel, then what it
 * did until dismissed. The export runs in the host, so the page stays responsive; progress
 * arrives as `site-export-progress` host events. A refusal that comes before any progress (the
 * output folder contains the posts, a relative path) is shown in the dialog, where it can be fixed.
 */
export function createExportSiteFlow({ api, store, notices, prompts }: Pick<FlowDeps, 'api' | 'store' | 'notices' | 'prompts'>) {
  const { dispatch } = store;
  /** The last choice, offered again next time (per session: the output folder is per blog). */
  let last: SiteExportChoice = { out: '', drafts: false, flat: false, clean: false };
  let lastFolder: string | null = null;

  const running = () => store.getState().siteExport?.kind === 'running';

  return {
    /** Follows the host's progress events; returns the unsubscribe function. */
    subscribe(events: HostEvents): () => void {
      return events.on('site-export-progress', (progress) => {
        if (!running()) return;
        // The export got going: the dialog has done its part.
        if (store.getState().dialog?.kind === 'export-site') dispatch({ type: 'dialog-shown', dialog: null });
        dispatch({ type: 'site-export-progress', progress });
      });
    },

    /** The command: shows the dialog (or says one is already running). */
    ask(): void {
      if (prompts.busy()) return;
      if (running()) {
        notices.showNotice('A site export is already running: cancel it first to start another.');
        return;
      }
      const folder = store.getState().folder?.path ?? null;
      if (folder !== lastFolder) last = { ...last, out: '' };
      lastFolder = folder;
      const askPath = store.getState().info?.nativeDialogs !== true;
      dispatch({ type: 'dialog-shown', dialog: { kind: 'export-site', defaults: last, askPath, error: null, busy: false } });
    },

    /** The dialog's Export button. */
    async start(choice: SiteExportChoice): Promise<void> {
      const dialog = store.getState().dialog;
      if (dialog?.kind !== 'export-site' || dialog.busy || running()) return;
      if (dialog.askPath && choice.out.trim() === '') {
        dispatch({ type: 'dialog-failed', error: 'Type the path of the folder to export the site into.' });
        return;
      }
      last = choice;
      dispatch({ type: 'dialog-busy' });
      dispatch({ type: 'site-export', state: { kind: 'running', progress: null, cancelling: false } });
      const result = await api.export.site({ out: dialog.askPath ? choice.out.trim() : null, drafts: choice.drafts, flat: choice.flat, clean: choice.clean });
      const inDialog = store.getState().dialog?.kind === 'export-site';
      if (result.ok && result.value !== null) {
        if (inDialog) dispatch({ type: 'dialog-shown', dialog: null });
        dispatch({ type: 'site-export', state: { kind: 'done', summary: result.value } });
        return;
      }
      dispatch({ type: 'site-export', state: null });
      if (result.ok) {
        // The folder picker was cancelled: the writer changed their mind, nothing exported.
        if (inDialog) dispatch({ type: 'dialog-shown', dialog: null });
      } else if (result.error.code === 'CANCELLED') {
        if (inDialog) dispatch({ type: 'dialog-shown', dialog: null });
        notices.showNotice(result.error.message);
      } else if (inDialog) {
        dispatch({ type: 'dialog-failed', error: result.error.message });
      } else {
        notices.showAlert(`Site export failed. ${result.error.message}`);
      }
    },

    /** The panel's Cancel button. */
    async cancel(): Promise<void> {
      const state = store.getState().siteExport;
      if (state?.kind !== 'running' || state.cancelling) return;
      dispatch({ type: 'site-export', state: { ...state, cancelling: true } });
      const cancelled = await api.export.cancelSite();
      if (!cancelled.ok) notices.showAlert(cancelled.error.message);
    },

    /** The panel's Close button, once the export ended. */
    dismiss(): void {
      if (store.getState().siteExport?.kind === 'done') dispatch({ type: 'site-export', state: null });
    },
  };
}
