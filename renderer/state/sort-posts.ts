import type { PostSummary } from '../../shared/api';
import { compareNewestFirst } from '../../shared/posts/post-order';

/** Re-sorts after a save (a post's date may have changed) without listing again. */
export const sortPosts = (posts: readonly PostSummary[]): PostSummary[] => [...posts].sort(compareNewestFirst);
