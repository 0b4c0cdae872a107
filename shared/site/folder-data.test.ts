import { describe, expect, it } from 'vitest';
import { readPostMeta } from '../posts/post-meta';
import { sortFolderData, type FolderData } from './folder-data';

const data: FolderData[] = sortFolderData([
  { path: 'blog/notes', scope: 'folder', data: { tags: ['notes'], draft: true } },
  { path: 'blog', scope: 'folder', data: { tags: 'posts, blog' } },
  { path: 'blog/notes/one', scope: 'template', data: { tags: ['one'], draft: false } },
]);

describe('folder data (Eleventy data cascade)', () => {
  it('applies outer folders, then inner, then the post\'s template data, then its front matter', () => {
    expect(data.map((entry) => entry.path)).toEqual(['blog', 'blog/notes', 'blog/notes/one']);
    // posts is the collection tag: never shown. Tags add up; draft: the nearest source that says it.
    expect(readPostMeta('---\ntitle: T\n---\n', 'blog/notes/two.md', 'eleventy', data)).toMatchObject({ draft: true, tags: ['blog', 'notes'] });
    expect(readPostMeta('---\ntitle: T\n---\n', 'blog/notes/one.md', 'eleventy', data)).toMatchObject({ draft: false, tags: ['blog', 'notes', 'one'] });
    expect(readPostMeta('---\ndraft: false\ntags: [mine]\n---\n', 'blog/notes/two.md', 'eleventy', data)).toMatchObject({ draft: false, tags: ['blog', 'notes', 'mine'] });
    expect(readPostMeta('---\ndraft: true\n---\n', 'blog/notes/one.md', 'eleventy', data)).toMatchObject({ draft: true });
  });

  it('leaves posts outside the folders alone, and a folder is not a prefix of its neighbour', () => {
    expect(readPostMeta('---\ntags: [x]\n---\n', 'blogroll/a.md', 'eleventy', data)).toMatchObject({ draft: false, tags: ['x'] });
    expect(readPostMeta('---\ntags: [x]\n---\n', 'about.md', 'eleventy', data)).toMatchObject({ draft: false, tags: ['x'] });
  });
});
