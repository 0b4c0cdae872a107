import type { PostId, PostSummary } from '../../shared/api';
import { titleFromFileName } from '../../shared/posts/file-title';

/** A post's title as the list shows it, or one made from its file name while it is not listed. */
export const postTitle = (posts: readonly PostSummary[], path: PostId): string =>
  posts.find((post) => post.id === path)?.title ?? titleFromFileName(path);
