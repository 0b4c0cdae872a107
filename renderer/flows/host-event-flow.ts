import type { HostEvents, PostId, PostSummary } from '../../shared/api';
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
    patchList,
    onFolderGone,
    burstMs = 120,
  }: {
    registry: Pick<CommandRegistry, 'run'>;
    documents: DiskReactions;
    reloadPosts: () => Promise<void>;
    /** Shows added and removed posts in the list at once (one update per frame), before the re-read. */
    patchList: (added: readonly PostSummary[], removed: readonly PostId[]) => void;
    /** The open folder vanished or became unreadable. */
    onFolderGone: () => void;
    /** Post events closer together than this are one burst. */
    burstMs?: number;
  },
): () => void {
  const reload = coalescedReload(reloadPosts, burstMs);
  const patch = framePatches(patchList);
  const opened = (id: PostId) => void documents.applyDiskAddition(id);
  const unsubscribe = [
    events.on('menu-command', ({ command }) => void registry.run(command)),
    events.on('post-added', ({ summary }) => {
      opened(summary.id);
      patch.add(summary);
      reload.request();
    }),
    events.on('post-removed', ({ id }) => {
      documents.applyDiskRemoval(id);
      patch.remove(id);
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
    patch.cancel();
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

/** Gathers list additions and removals and hands them over once per animation frame. */
function framePatches(apply: (added: readonly PostSummary[], removed: readonly PostId[]) => void) {
  const added = new Map<PostId, PostSummary>();
  const removed = new Set<PostId>();
  let frame: number | ReturnType<typeof setTimeout> | null = null;
  const schedule = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (run: () => void) => setTimeout(run, 16);
  const flush = () => {
    frame = null;
    const adds = [...added.values()];
    const removes = [...removed];
    added.clear();
    removed.clear();
    apply(adds, removes);
  };
  const soon = () => {
    frame ??= schedule(flush);
  };
  return {
    add(summary: PostSummary) {
      removed.delete(summary.id);
      added.set(summary.id, summary);
      soon();
    },
    remove(id: PostId) {
      added.delete(id);
      removed.add(id);
      soon();
    },
    cancel() {
      if (frame === null) return;
      if (typeof cancelAnimationFrame === 'function' && typeof frame === 'number') cancelAnimationFrame(frame);
      else clearTimeout(frame as ReturnType<typeof setTimeout>);
    },
  };
}
