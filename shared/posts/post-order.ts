import type { PostSummary } from '../api/types';
import { dateSortKey } from './post-dates';

/**
 * The order posts are listed in: newest front matter date first; undated posts after, most
 * recently modified first; then by id, so the order is stable. The host lists in this order and
 * the renderer re-sorts with it after a save changed a date.
 */
export function compareNewestFirst(a: PostSummary, b: PostSummary): number {
  const da = dateSortKey(a.date);
  const db = dateSortKey(b.date);
  if (da !== null && db !== null && da !== db) return db - da;
  if (da !== null && db === null) return -1;
  if (da === null && db !== null) return 1;
  if (a.modifiedMs !== b.modifiedMs) return b.modifiedMs - a.modifiedMs;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts newest first (compareNewestFirst) with each date read once, not once per comparison. */
export function sortNewestFirst<T extends PostSummary>(posts: readonly T[]): T[] {
  const keyed = posts.map((post) => ({ post, key: dateSortKey(post.date) }));
  keyed.sort((a, b) => {
    if (a.key !== null && b.key !== null && a.key !== b.key) return b.key - a.key;
    if (a.key !== null && b.key === null) return -1;
    if (a.key === null && b.key !== null) return 1;
    if (a.post.modifiedMs !== b.post.modifiedMs) return b.post.modifiedMs - a.post.modifiedMs;
    return a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0;
  });
  return keyed.map((entry) => entry.post);
}
