import type { PostId, PostSummary } from '../../../shared/api/types';
import { readPostMeta, type PostMeta } from '../../../shared/posts/post-meta';
import type { SiteGenerator } from '../../../shared/site/site-kinds';
import type { FolderData } from '../../../shared/site/folder-data';

export function summarizePost(id: PostId, text: string, size: number, modifiedMs: number, generator: SiteGenerator = 'plain', folderData: readonly FolderData[] = []): PostSummary {
  return summaryOf(id, readPostMeta(text, id, generator, folderData), size, modifiedMs);
}

/** A list row from a post's meta (readPostMeta). */
export function summaryOf(id: PostId, meta: PostMeta, size: number, modifiedMs: number): PostSummary {
  return {
    id,
    title: detach(meta.title),
    // The rest are short slices of the front matter alone (list-posts.ts decodes only that), so
    // keeping them as they are pins little.
    date: meta.date,
    draft: meta.draft,
    tags: meta.tags,
    warning: meta.warning,
    warningLine: meta.warningLine,
    size,
    modifiedMs,
  };
}

/**
 * A copy that does not point into the file's text. V8 keeps a substring as a slice of its
 * parent, so every listed title would keep its whole post alive (bench/: 92 MiB for 10,000 posts).
 */
const detach = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
