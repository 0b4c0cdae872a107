import type { PostId, PostSummary } from '../../../shared/api/types';
import { readPostMeta } from '../../../shared/posts/post-meta';

export function summarizePost(id: PostId, text: string, size: number, modifiedMs: number): PostSummary {
  const meta = readPostMeta(text, id);
  return { id, title: meta.title, date: meta.date, draft: meta.draft, warning: meta.warning, size, modifiedMs };
}
