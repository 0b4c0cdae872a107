import type { PostId } from '../../shared/api';
import type { SaveActivity } from './document-service';

/** Where an open post stands, as the title bar, the list and the editor's header say it. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export const SAVE_STATE_LABELS: Readonly<Record<SaveState, string>> = {
  saved: 'Saved',
  unsaved: 'Unsaved',
  saving: 'Saving…',
  failed: 'Save failed',
};

/** What is going on with saves beside "dirty" (which the document's state says by itself). */
type Transient = 'saving' | 'failed';

/** A post's state from its dirty flag and the last save activity (a failure only counts while the text is unsaved). */
export function saveState(dirty: boolean, transient: Transient | undefined): SaveState {
  if (transient === 'saving') return 'saving';
  if (!dirty) return 'saved';
  return transient === 'failed' ? 'failed' : 'unsaved';
}

/**
 * Saves in flight and saves that failed, per post, for React (a new map only when one changes).
 * Fed by the document service's save activity, so manual saves and autosaves show alike.
 */
export class SaveStatus {
  private current: ReadonlyMap<PostId, Transient> = new Map();
  private readonly listeners = new Set<() => void>();

  report(path: PostId, activity: SaveActivity): void {
    const next: Transient | undefined = activity === 'saving' ? 'saving' : activity === 'failed' ? 'failed' : undefined;
    if (this.current.get(path) === next) return;
    const map = new Map(this.current);
    if (next === undefined) map.delete(path);
    else map.set(path, next);
    this.current = map;
    for (const listener of this.listeners) listener();
  }

  of(path: PostId): Transient | undefined {
    return this.current.get(path);
  }

  getSnapshot = (): ReadonlyMap<PostId, Transient> => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
