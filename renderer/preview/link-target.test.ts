import { describe, expect, it } from 'vitest';
import { resolveLinkTarget } from './link-target';

const posts = ['posts/2024/2024-05-01-hello.md', 'posts/2024/bundle/index.md', 'posts/other.md', 'about.md', 'drafts/notes.markdown'];
const from = 'posts/2024/2024-05-01-hello.md';

describe('resolveLinkTarget', () => {
  it('scrolls to in-page anchors, decoded', () => {
    expect(resolveLinkTarget('#caf%C3%A9', from, posts)).toEqual({ kind: 'anchor', id: 'café' });
  });

  it('opens web and mail links outside', () => {
    expect(resolveLinkTarget('https://example.com/x', from, posts)).toEqual({ kind: 'external', url: 'https://example.com/x' });
    expect(resolveLinkTarget('mailto:a@b.c', from, posts)).toEqual({ kind: 'external', url: 'mailto:a@b.c' });
  });

  it('opens another post from a relative, root or site-URL path', () => {
    expect(resolveLinkTarget('../other.md', from, posts)).toEqual({ kind: 'post', id: 'posts/other.md' });
    expect(resolveLinkTarget('./bundle/', from, posts)).toEqual({ kind: 'post', id: 'posts/2024/bundle/index.md' });
    expect(resolveLinkTarget('/about.md#team', from, posts)).toEqual({ kind: 'post', id: 'about.md' });
    expect(resolveLinkTarget('/posts/bundle/', from, posts)).toEqual({ kind: 'post', id: 'posts/2024/bundle/index.md' });
    expect(resolveLinkTarget('/2024/05/01/hello.html', 'about.md', posts)).toEqual({ kind: 'post', id: from });
    expect(resolveLinkTarget('../../drafts/notes', from, posts)).toEqual({ kind: 'post', id: 'drafts/notes.markdown' });
  });

  it('opens the post a Hugo ref path names: from the content folder, or by its published name', () => {
    const hugo = ['content/posts/first.md', 'content/posts/trip/index.md', 'content/about.md'];
    expect(resolveLinkTarget('posts/trip/index.md', 'content/posts/first.md', hugo)).toEqual({ kind: 'post', id: 'content/posts/trip/index.md' });
    expect(resolveLinkTarget('about.md', 'content/posts/first.md', hugo)).toEqual({ kind: 'post', id: 'content/about.md' });
    expect(resolveLinkTarget('/posts/trip#day-2', 'content/posts/first.md', hugo)).toEqual({ kind: 'post', id: 'content/posts/trip/index.md' });
    expect(resolveLinkTarget('elsewhere/trip/index.md', 'content/about.md', hugo)).toEqual({ kind: 'post', id: 'content/posts/trip/index.md' });
  });

  it('does nothing with anything else, but keeps where it points', () => {
    expect(resolveLinkTarget('../../../../etc/passwd', from, posts)).toEqual({ kind: 'none', href: '../../../../etc/passwd' });
    expect(resolveLinkTarget('missing.md', from, posts)).toEqual({ kind: 'none', href: 'missing.md' });
    expect(resolveLinkTarget('ftp://x', from, posts)).toEqual({ kind: 'none', href: 'ftp://x' });
    expect(resolveLinkTarget('//cdn.example/x', from, posts)).toEqual({ kind: 'none', href: '//cdn.example/x' });
  });
});
