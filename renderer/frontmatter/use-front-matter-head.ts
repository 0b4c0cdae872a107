import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { DocumentId } from '../workspace/document-state';
import type { Workspace } from '../workspace/workspace';
import { frontMatterHead } from './front-matter-head';

export interface ShownHead {
  readonly id: DocumentId | null;
  /** The shown post's text through its front matter ('' without any). */
  readonly head: string;
}

const NOTHING: ShownHead = { id: null, head: '' };

/**
 * The shown post's front matter text, following every edit (typed in the text, undone, made in
 * the panel). A new value only when that text changed, so the panel re-renders for front matter
 * edits and never for typing in the body.
 */
export function useFrontMatterHead(workspace: Workspace): ShownHead {
  const last = useRef<ShownHead>(NOTHING);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stopText = workspace.onActiveTextChange(listener);
      const stopShown = workspace.subscribe(listener);
      return () => {
        stopText();
        stopShown();
      };
    },
    [workspace],
  );
  const read = useCallback((): ShownHead => {
    const shown = workspace.active;
    const next = shown ? { id: shown.id, head: frontMatterHead(shown.state) } : NOTHING;
    if (next.id !== last.current.id || next.head !== last.current.head) last.current = next;
    return last.current;
  }, [workspace]);
  return useSyncExternalStore(subscribe, read);
}
