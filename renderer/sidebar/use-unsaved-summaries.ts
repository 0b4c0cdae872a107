import { useEffect, useState } from 'react';
import type { PostId, PostSummary, SiteGenerator } from '../../shared/api';
import { readPostMeta } from '../../shared/posts/post-meta';
import type { FolderData } from '../../shared/site/folder-data';
import { documentText } from '../workspace/document-state';
import type { Workspace } from '../workspace/workspace';

/** What an unsaved front matter edit can change in a list row. */
export type UnsavedSummary = Pick<PostSummary, 'title' | 'date' | 'draft' | 'tags' | 'warning' | 'warningLine'>;

const NO_FOLDER_DATA: readonly FolderData[] = [];

/** Re-read at most this often while typing: the list follows, the keystroke stays cheap. */
const REFRESH_MS = 150;

/**
 * Title, date, draft state and tags of every open post with unsaved edits, read from the editor's
 * text the way the host reads files (same fields per generator), so the list shows an edited
 * title at once rather than after a save. Only the front matter is parsed.
 */
export function useUnsavedSummaries(workspace: Workspace, generator: SiteGenerator, folderData: readonly FolderData[] = NO_FOLDER_DATA): ReadonlyMap<PostId, UnsavedSummary> {
  const [summaries, setSummaries] = useState<ReadonlyMap<PostId, UnsavedSummary>>(() => new Map());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      const next = new Map<PostId, UnsavedSummary>();
      for (const document of workspace.dirtyDocuments()) {
        const meta = readPostMeta(documentText(document.state), document.path, generator, folderData);
        next.set(document.path, { title: meta.title, date: meta.date, draft: meta.draft, tags: meta.tags, warning: meta.warning, warningLine: meta.warningLine });
      }
      setSummaries((previous) => (sameSummaries(previous, next) ? previous : next));
    };
    const schedule = () => {
      timer ??= setTimeout(refresh, REFRESH_MS);
    };
    refresh();
    const stopText = workspace.onActiveTextChange(schedule);
    const stopDirty = workspace.subscribe(schedule);
    return () => {
      stopText();
      stopDirty();
      if (timer !== null) clearTimeout(timer);
    };
  }, [workspace, generator, folderData]);
  return summaries;
}

function sameSummaries(a: ReadonlyMap<PostId, UnsavedSummary>, b: ReadonlyMap<PostId, UnsavedSummary>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, summary] of b) {
    const other = a.get(id);
    if (
      !other ||
      other.title !== summary.title ||
      other.date !== summary.date ||
      other.draft !== summary.draft ||
      other.warning !== summary.warning ||
      other.tags.join('\n') !== summary.tags.join('\n')
    ) {
      return false;
    }
  }
  return true;
}

/** The listed posts with unsaved edits applied (same objects when nothing is unsaved). */
export function withUnsaved(posts: readonly PostSummary[], unsaved: ReadonlyMap<PostId, UnsavedSummary>): readonly PostSummary[] {
  if (unsaved.size === 0) return posts;
  return posts.map((post) => {
    const edit = unsaved.get(post.id);
    return edit ? { ...post, ...edit } : post;
  });
}
