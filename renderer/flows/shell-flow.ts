import type { HostEvents, PostId, PostwrightApi } from '../../shared/api';
import type { AppStore } from '../state/app-store';
import type { Notices } from '../state/notices';
import type { DocumentService } from '../workspace/document-service';
import type { FolderFlow } from './folder-flow';

export interface ShellFlowDeps {
  readonly api: Pick<PostwrightApi, 'folder' | 'app'>;
  readonly store: AppStore;
  readonly notices: Pick<Notices, 'showAlert'>;
  readonly folder: Pick<FolderFlow, 'settleUnsaved' | 'switchToFolder'>;
  readonly documents: Pick<DocumentService, 'open'>;
  readonly focusEditor: () => void;
}

/**
 * The page's side of the desktop shell's requests (electron/main): closing or quitting asks here
 * first, because the page holds the unsaved text (Save all / Discard / Cancel, then the answer
 * goes back through the API); a folder or post named by a second launch, a file association or
 * Open Recent opens here, after the same question. Only the desktop shell sends these events.
 */
export function createShellFlow({ api, store, notices, folder, documents, focusEditor }: ShellFlowDeps) {
  /** Open requests are handled one at a time, in order, each after the last one's question. */
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (task: () => Promise<void>) => (queue = queue.then(task, task));
  /** The close request being answered: the shell repeats it on every close click until answered. */
  let answering: Promise<void> | null = null;

  async function settleAndAnswer(request: number): Promise<void> {
    const proceed = await folder.settleUnsaved();
    const answered = await api.app.answerClose(request, proceed);
    if (!answered.ok) notices.showAlert(answered.error.message);
  }

  /** Asks about unsaved posts once, however often the close is repeated meanwhile. */
  function answerClose(request: number): Promise<void> {
    answering ??= settleAndAnswer(request).finally(() => (answering = null));
    return answering;
  }

  async function openNow(path: string, post: PostId | null): Promise<void> {
    if (store.getState().folder?.path !== path) {
      if (!(await folder.settleUnsaved())) return;
      const opened = await api.folder.open(path);
      if (!opened.ok) {
        notices.showAlert(opened.error.message);
        return;
      }
      await folder.switchToFolder(opened.value);
    }
    if (post !== null && (await documents.open(post))) focusEditor();
  }

  const open = (path: string, post: PostId | null) => inTurn(() => openNow(path, post));

  return {
    answerClose,
    open,
    /** Listens to the shell's requests; returns the unsubscribe function. */
    subscribe(events: Pick<HostEvents, 'on'>): () => void {
      const stops = [
        events.on('close-requested', ({ request }) => void answerClose(request)),
        events.on('open-requested', ({ folder: path, post }) => void open(path, post)),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}
