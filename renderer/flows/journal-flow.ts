import type { HostEvents, PostId } from '../../shared/api';
import { documentText, isDirty, savedVersion } from '../workspace/document-state';
import type { FlowDeps } from './flow-deps';
import { runInIdleSlot } from './idle-slot';

export type JournalFlow = ReturnType<typeof createJournalFlow>;

/** How long after the first unrecorded keystroke the journal is written: "within about a second". */
const RECORD_AFTER_MS = 700;

/** Main-thread cost of recording a post, per character: ~15 ms per MB measured in Chromium. */
const RECORD_MS_PER_CHAR = 15 / 1_000_000;
/** A long post may wait this long for an idle gap that fits its write (see runInIdleSlot). */
const RECORD_WAIT_MAX_MS = 2_000;

/**
 * The page's side of the crash journal. Typing only marks the document; a timer started by the
 * first mark (not restarted by later ones, so steady typing is still recorded every ~0.7 s) writes
 * each marked document's unsaved text to the host at an idle moment long enough for the write,
 * off the typing path. A clean document (saved, or undone back to the file) has its entry
 * discarded. On start, and when the desktop shell says the journal has entries (a renderer
 * crash), the entries are offered back.
 */
export function createJournalFlow({ api, store, notices, workspace, documents }: FlowDeps) {
  const marked = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What was last recorded per post, so an unchanged document is not written again. */
  const recorded = new Map<PostId, string>();

  const flush = () => {
    timer = undefined;
    let chars = 0;
    for (const id of marked) chars += workspace.get(id)?.state.doc.length ?? 0;
    runInIdleSlot(() => {
      for (const id of marked) {
        const document = workspace.get(id);
        if (!document) continue;
        if (isDirty(document.state)) {
          const text = documentText(document.state);
          if (recorded.get(document.path) === text) continue;
          recorded.set(document.path, text);
          void api.journal.record({ id: document.path, text, bom: document.bom, baseVersion: savedVersion(document.state) || null });
        } else if (recorded.has(document.path)) {
          recorded.delete(document.path);
          void api.journal.discard(document.path);
        }
      }
      marked.clear();
    }, chars * RECORD_MS_PER_CHAR, RECORD_WAIT_MAX_MS);
  };

  async function offerRecovery(): Promise<void> {
    if (store.getState().folder === null) return;
    const found = await api.journal.recoverable();
    if (found.ok && found.value.length > 0) store.dispatch({ type: 'recovery', entries: found.value });
  }

  return {
    /** Starts recording edits of the shown document. */
    start(events?: Pick<HostEvents, 'on'>): () => void {
      const stopText = workspace.onActiveTextChange(() => {
        const id = workspace.active?.id;
        if (id === undefined) return;
        marked.add(id);
        timer ??= setTimeout(flush, RECORD_AFTER_MS);
      });
      const stopEvent = events?.on('journal-available', () => void offerRecovery());
      return () => {
        stopText();
        stopEvent?.();
        clearTimeout(timer);
      };
    },

    offerRecovery,

    /** Opens every kept edit (conflicts marked as such) and shows the first. */
    async recover(): Promise<void> {
      const entries = store.getState().recovery ?? [];
      store.dispatch({ type: 'recovery', entries: null });
      let first: PostId | null = null;
      for (const entry of entries) {
        // The journal holds this text already; once the document is clean again its entry goes.
        recorded.set(entry.id, entry.text);
        const path = await documents.recover(entry);
        first ??= path;
      }
      if (first !== null) await documents.open(first);
      const conflicts = entries.filter((entry) => entry.changedOnDisk).length;
      notices.showNotice(
        conflicts > 0
          ? `Recovered unsaved text of ${entries.length} ${entries.length === 1 ? 'post' : 'posts'}; ${conflicts} changed on disk meanwhile: pick a version.`
          : `Recovered unsaved text of ${entries.length} ${entries.length === 1 ? 'post' : 'posts'}. Save to keep it.`,
      );
    },

    /** The writer does not want the kept text: it is forgotten. */
    async discard(): Promise<void> {
      const entries = store.getState().recovery ?? [];
      store.dispatch({ type: 'recovery', entries: null });
      await Promise.all(entries.map((entry) => api.journal.discard(entry.id)));
    },

    /** Unsaved edits the writer chose to drop (Discard in the unsaved-changes question). */
    forget(paths: readonly PostId[]): void {
      for (const path of paths) {
        recorded.delete(path);
        void api.journal.discard(path);
      }
    },
  };
}
