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
  return a.id.localeCompare(b.id);
}
