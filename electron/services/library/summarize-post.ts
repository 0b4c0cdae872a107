import type { PostId, PostSummary } from '../../../shared/api/types';
import { readPostMeta } from '../../../shared/posts/post-meta';
import { dateSortKey } from '../../../shared/posts/post-meta';

export function summarizePost(id: PostId, text: string, size: number, modifiedMs: number): PostSummary {
  const meta = readPostMeta(text, id);
  return { id, title: meta.title, date: meta.date, draft: meta.draft, warning: meta.warning, size, modifiedMs };
}

/** Newest first by front matter date; undated posts after, newest modified first; then by id. */
export function compareNewestFirst(a: PostSummary, b: PostSummary): number {
  const da = dateSortKey(a.date);
  const db = dateSortKey(b.date);
  if (da !== null && db !== null && da !== db) return db - da;
  if (da !== null && db === null) return -1;
  if (da === null && db !== null) return 1;
  if (a.modifiedMs !== b.modifiedMs && da === null) return b.modifiedMs - a.modifiedMs;
  return a.id.localeCompare(b.id);
}
