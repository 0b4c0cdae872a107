import { describe, expect, it } from 'vitest';
import { postFolderOf } from './new-post-plan';

describe('postFolderOf', () => {
  it.each([
    ['hello.md', ''],
    ['index.md', ''],
    ['posts/hello.md', 'posts'],
    ['posts/2024/05/2024-05-01-hello.md', 'posts/2024/05'],
    ['posts/bundle/index.md', 'posts'],
    ['bundle/index.md', ''],
    ['content/posts/bundle/_index.markdown', 'content/posts'],
    ['content/posts/bundle/INDEX.MD', 'content/posts'],
    ['content/posts/reindex.md', 'content/posts'],
  ])('%s lives in “%s”', (id, folder) => {
    expect(postFolderOf(id)).toBe(folder);
  });
});
