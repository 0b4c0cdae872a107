import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { PostId } from '../../../shared/api/types';
import { isPostFileName } from '../../../shared/posts/post-file';
import { toPostId } from '../library/post-path';
import { isTempName } from '../library/temp-files';

/** What changed in the folder since the last batch, by post id. */
export interface FolderChanges {
  readonly added: readonly PostId[];
  readonly changed: readonly PostId[];
  readonly removed: readonly PostId[];
}

export interface FolderWatcherOptions {
  /** Folders (by name) to leave unwatched: hidden, dependencies, generator output, templates. */
  readonly isSkippedFolderName: (name: string) => boolean;
  readonly onChanges: (changes: FolderChanges) => void;
  /** The folder itself vanished or became unreadable. */
  readonly onFolderMissing: () => void;
  /** Changes are gathered this long after the last one; a `git checkout` of 500 files is one batch. */
  readonly debounceMs?: number;
  /**
   * The generator's data files beside posts (Eleventy's `*.11tydata.json`, site-data-files.ts):
   * watched too, and any change to one is reported once per batch through onDataChanged.
   */
  readonly isDataFileName?: (name: string) => boolean;
  readonly onDataChanged?: () => void;
}

export interface FolderWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches an open folder for posts added, changed or removed by other programs (an editor, a
 * git pull), with chokidar (the platform's recursive watchers underneath, with their quirks
 * handled). Events are debounced into batches; a file that comes and goes within one batch is
 * reported by what it is at the end. Our own saves show up as changes too: the renderer
 * compares versions, so they cost a read, not a false alarm.
 */
export function watchFolder(root: string, options: FolderWatcherOptions): FolderWatcher {
  const debounceMs = options.debounceMs ?? 150;
  const pending = new Map<PostId, 'added' | 'changed' | 'removed'>();
  const isDataFile = options.isDataFileName ?? (() => false);
  let dataChanged = false;
  let timer: NodeJS.Timeout | null = null;

  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    // Saves replace files by rename: wait until a write settles so a half-written file is not read.
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 },
    ignored: (path, stats) => {
      if (path === root) return false;
      const rel = relative(root, path);
      const parts = rel.split(sep);
      const name = parts[parts.length - 1]!;
      if (parts.slice(0, -1).some(options.isSkippedFolderName)) return true;
      if (stats?.isDirectory()) return options.isSkippedFolderName(name);
      if (stats?.isFile()) return !(isPostFileName(name) || isDataFile(name)) || isTempName(name);
      return false;
    },
  });

  const flush = () => {
    timer = null;
    if (dataChanged) {
      dataChanged = false;
      options.onDataChanged?.();
    }
    if (pending.size === 0) return;
    const added: PostId[] = [];
    const changed: PostId[] = [];
    const removed: PostId[] = [];
    for (const [id, kind] of pending) (kind === 'added' ? added : kind === 'changed' ? changed : removed).push(id);
    pending.clear();
    options.onChanges({ added, changed, removed });
    // Watchers do not report the watched folder itself going away, only what was in it.
    if (removed.length > 0) checkRoot();
  };

  let reportedMissing = false;
  const checkRoot = () => {
    void stat(root).then(
      (info) => info.isDirectory(),
      () => false,
    ).then((present) => {
      if (!present && !reportedMissing) {
        reportedMissing = true;
        options.onFolderMissing();
      }
    });
  };

  const note = (path: string, kind: 'added' | 'changed' | 'removed') => {
    const name = path.split(sep).pop()!;
    if (isTempName(name)) return;
    if (!isPostFileName(name)) {
      if (!isDataFile(name)) return;
      dataChanged = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
      return;
    }
    const id = toPostId(root, path);
    const before = pending.get(id);
    // added then changed is still added; added then removed is nothing; removed then added is a change.
    if (before === 'added' && kind === 'removed') pending.delete(id);
    else if (before === 'added' && kind === 'changed') return;
    else if (before === 'removed' && kind === 'added') pending.set(id, 'changed');
    else pending.set(id, kind);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  watcher.on('add', (path) => note(path, 'added'));
  watcher.on('change', (path) => note(path, 'changed'));
  watcher.on('unlink', (path) => note(path, 'removed'));
  watcher.on('unlinkDir', () => checkRoot());
  watcher.on('error', () => checkRoot());

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer !== null) clearTimeout(timer);
      await watcher.close();
    },
  };
}
