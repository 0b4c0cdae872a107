import type { HostEvents, PostId } from '../../shared/api';
import type { CommandRegistry } from '../commands/command-registry';
import type { DocumentService } from '../workspace/document-service';

type DiskReactions = Pick<DocumentService, 'applyDiskChange' | 'applyDiskRemoval' | 'applyDiskAddition'>;

/**
 * What the page does with each event the host pushes. Post events come in bursts (a `git
 * checkout` rewrites hundreds of files, each its own event): the list is re-read once per burst,
 * at most one read in flight and one queued, never once per file, so the page keeps answering.
 * Open documents react to their own file's events straight away.
 */
export function subscribeHostEvents(
  events: HostEvents,
  {
    registry,
    documents,
    reloadPosts,
    onFolderGone,
    burstMs = 120,
  }: {
    registry: Pick<CommandRegistry, 'run'>;
    documents: DiskReactions;
    reloadPosts: () => Promise<void>;
    /** The open folder vanished or became unreadable. */
    onFolderGone: () => void;
    /** Post events closer together than this are one burst. */
    burstMs?: number;
  },
): () => void {
  const reload = coalescedReload(reloadPosts, burstMs);
  const opened = (id: PostId) => void documents.applyDiskAddition(id);
  const unsubscribe = [
    events.on('menu-command', ({ command }) => void registry.run(command)),
    events.on('post-added', ({ summary }) => {
      opened(summary.id);
      reload.request();
    }),
    events.on('post-removed', ({ id }) => {
      documents.applyDiskRemoval(id);
      reload.request();
    }),
    events.on('post-changed', ({ id, version }) => {
      void documents.applyDiskChange(id, version);
      reload.request();
    }),
    events.on('folder-changed', ({ folder }) => {
      if (folder === null) onFolderGone();
      else reload.request();
    }),
  ];
  events.ready();
  return () => {
    reload.cancel();
    unsubscribe.forEach((stop) => stop());
  };
}

/** `reload` once the requests stop for `quietMs`, never two at once; a request during one runs one more after. */
function coalescedReload(reload: () => Promise<void>, quietMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = reload()
      .catch(() => {})
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return {
    request() {
      clearTimeout(timer);
      timer = setTimeout(run, quietMs);
    },
    cancel: () => clearTimeout(timer),
  };
}
