import { describe, expect, it } from 'vitest';
import { folderImageUrl } from './folder-image-url';

describe('folderImageUrl', () => {
  it('resolves relative paths against the post’s folder and root paths against the site root', () => {
    expect(folderImageUrl('images/a b.png', 'posts/2024/hello.md')).toBe('/_folder/posts/2024/images/a%20b.png');
    expect(folderImageUrl('../shared/x.png?v=2', 'posts/2024/hello.md')).toBe('/_folder/posts/shared/x.png');
    expect(folderImageUrl('/images/x.png', 'posts/2024/hello.md')).toBe('/_folder/images/x.png');
    expect(folderImageUrl('/images/x.png', 'content/post.md', { folder: 'static', urlRoot: '/' })).toBe('/_folder/static/images/x.png');
    expect(folderImageUrl('/blog/img/x.png', 'src/post.md', { folder: 'public', urlRoot: '/blog' })).toBe('/_folder/public/img/x.png');
    expect(folderImageUrl('/other/x.png', 'src/post.md', { folder: 'public', urlRoot: '/blog/' })).toBe('/_folder/other/x.png');
    expect(folderImageUrl('caf%C3%A9.png', 'a.md')).toBe('/_folder/caf%C3%A9.png');
  });

  it('leaves web addresses and inline data alone, and resolves nothing outside the folder', () => {
    expect(folderImageUrl('https://example.com/x.png', 'a.md')).toBeNull();
    expect(folderImageUrl('data:image/png;base64,AAAA', 'a.md')).toBeNull();
    expect(folderImageUrl('//cdn.example/x.png', 'a.md')).toBeNull();
    expect(folderImageUrl('../../etc/passwd.png', 'posts/a.md')).toBe('');
  });
});
