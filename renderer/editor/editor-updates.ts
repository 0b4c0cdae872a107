import type { Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';

/**
 * Every update of the editor view, for the panels that follow the text (outline, status bar).
 * `null` means a different state was swapped in (another post, a reload): start over from it.
 * The listener extension goes into every document's state; the controller reports the swaps.
 */
export type EditorUpdateListener = (update: ViewUpdate | null) => void;

export class EditorUpdates {
  private readonly listeners = new Set<EditorUpdateListener>();

  readonly extension: Extension = EditorView.updateListener.of((update) => this.emit(update));

  subscribe(listener: EditorUpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(update: ViewUpdate | null): void {
    for (const listener of this.listeners) listener(update);
  }
}
