import type { SettingsStore } from '../settings/settings-store';
import { AUTOSAVE, type AutosaveMode } from '../settings/view-settings';
import { postTitle } from '../state/post-title';
import { AutosaveScheduler } from '../workspace/autosave-scheduler';
import { isDirty, type DocumentId } from '../workspace/document-state';
import type { FlowDeps } from './flow-deps';

export type AutosaveFlow = ReturnType<typeof createAutosaveFlow>;

export const AUTOSAVE_LABELS: Readonly<Record<AutosaveMode, string>> = {
  off: 'off',
  pause: 'after a pause in typing',
  focus: 'when you switch away',
};

/**
 * Autosave wired to the app: edits of the shown post feed the scheduler, and so do the moments
 * the writer looks away (window blur, another post, the page hidden, closing). Saves go through
 * the document service like Ctrl+S (queued, atomic, conflict-checked), and the crash journal
 * keeps recording unsaved text meanwhile, so a failed autosave loses nothing.
 */
export function createAutosaveFlow({ store, notices, workspace, documents }: Pick<FlowDeps, 'store' | 'notices' | 'workspace' | 'documents'>, settings: SettingsStore) {
  const title = (id: DocumentId) => {
    const path = workspace.get(id)?.path;
    return path === undefined ? 'the post' : `“${postTitle(store.getState().posts, path)}”`;
  };
  /** The alert a failure put up, taken down again once autosave works. */
  let failureAlert: string | null = null;

  const scheduler = new AutosaveScheduler(documents, {
    mode: () => settings.get(AUTOSAVE),
    onFailure(id, message) {
      failureAlert = `Autosave could not save ${title(id)}. ${message} It tries again every few seconds; until then the editor and the crash journal keep your text.`;
      notices.showAlert(failureAlert);
    },
    onRecovered() {
      if (failureAlert !== null && store.getState().alert === failureAlert) notices.showAlert(null);
      failureAlert = null;
    },
    onConflict(id) {
      notices.showNotice(`${title(id)} changed on disk, so autosave stopped for it: keep yours, take theirs or compare.`);
    },
  });

  return {
    scheduler,

    /** Starts listening; returns the function that stops. */
    start(target: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = typeof window === 'undefined' ? null : window): () => void {
      let shownId = workspace.active?.id ?? null;
      let shownDoc = workspace.active?.state.doc ?? null;
      const stopText = workspace.onActiveTextChange(() => {
        const active = workspace.active;
        const id = active?.id ?? null;
        if (id !== shownId) {
          // Another post is shown: the one left behind is saved now (a focus loss).
          if (shownId !== null) void scheduler.focusLost(shownId);
        } else if (active && active.state.doc !== shownDoc && isDirty(active.state)) {
          scheduler.edited(active.id);
        }
        shownId = id;
        shownDoc = active?.state.doc ?? null;
      });
      let mode = settings.get(AUTOSAVE);
      const stopSettings = settings.subscribe(() => {
        if (settings.get(AUTOSAVE) === mode) return;
        mode = settings.get(AUTOSAVE);
        scheduler.modeChanged();
      });
      // A conflict settled (kept mine, took theirs, merged; or the file came back): autosave goes on,
      // and unsaved text the writer kept is what they want on disk, so it is saved as if just typed.
      let diskStates = store.getState().diskStates;
      const stopStore = store.subscribe(() => {
        const previous = diskStates;
        diskStates = store.getState().diskStates;
        if (diskStates === previous) return;
        for (const path of Object.keys(previous)) {
          const document = workspace.byPath(path);
          if (diskStates[path] !== undefined || !document) continue;
          scheduler.resume(document.id);
          if (isDirty(document.state)) scheduler.edited(document.id);
        }
        for (const id of scheduler.haltedIds()) if (!workspace.get(id)) scheduler.forget(id);
      });
      const onBlur = () => void scheduler.focusLost();
      const onHidden = () => {
        if (document.visibilityState === 'hidden') void scheduler.focusLost();
      };
      target?.addEventListener('blur', onBlur);
      target?.addEventListener('pagehide', onBlur);
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);
      return () => {
        stopText();
        stopSettings();
        stopStore();
        target?.removeEventListener('blur', onBlur);
        target?.removeEventListener('pagehide', onBlur);
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHidden);
        scheduler.dispose();
      };
    },

    /** Picks the mode (a command); says what it is now. */
    setMode(next: AutosaveMode): void {
      settings.set(AUTOSAVE, next);
      notices.showNotice(`Autosave: ${AUTOSAVE_LABELS[next]}.`);
      // Turned on with edits waiting: they count as just made.
      if (next === 'pause') for (const document of workspace.dirtyDocuments()) scheduler.edited(document.id);
    },

    /** Before closing or opening another folder: pending edits are written first, so nothing needs asking. */
    flush: () => scheduler.flushAll(),
  };
}
