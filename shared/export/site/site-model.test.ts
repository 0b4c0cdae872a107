import { describe, expect, it } from 'vitest';
import { buildSiteModel, parseSitePost } from './site-model';
import { postSummary } from './post-summary';

const post = (id: string, text: string, modifiedMs = 0) => parseSitePost({ id, text, modifiedMs });

describe('buildSiteModel', () => {
  const posts = [
    post('2024/old.md', '---\ntitle: Old\ndate: 2023-01-05\ntags: [Rust, notes]\n---\nOld body.\n'),
    post('2024/new.md', '---\ntitle: New\ndate: 2024-06-01 10:00:00 +0200\ntags:\n  - rust\n  - CSS Grid\n---\nNew body.\n'),
    post('draft.md', '---\ntitle: Draft\ndate: 2025-01-01\ndraft: true\n---\nNot yet.\n'),
    post('undated.md', '# Undated heading\n\nText.\n', 5),
    post('bundle/index.md', '---\ntitle: Bundle\ndate: 2022-02-02\n---\nB\n'),
  ];

  it('orders newest first and leaves drafts out unless asked', () => {
    const model = buildSiteModel(posts);
    expect(model.posts.map((p) => p.title)).toEqual(['New', 'Old', 'Bundle', 'Undated heading']);
    expect(buildSiteModel(posts, { drafts: true }).posts[0]!.title).toBe('Draft');
  });

  it('merges tags case-insensitively and lists their posts newest first', () => {
    const model = buildSiteModel(posts);
    expect(model.tags.map((t) => [t.name, t.slug, t.posts.map((p) => p.title)])).toEqual([
      ['CSS Grid', 'css-grid', ['New']],
      ['notes', 'notes', ['Old']],
      ['rust', 'rust', ['New', 'Old']],
    ]);
  });

  it('names bundles by folder and gives colliding slugs a suffix, reserved ones too', () => {
    const model = buildSiteModel([...posts, post('b/old.md', '---\ntitle: x\n---\n'), post('tags.md', 'x')]);
    const slugs = Object.fromEntries(model.posts.map((p) => [p.id, p.slug]));
    expect(slugs['bundle/index.md']).toBe('bundle');
    expect(slugs['2024/old.md']).toBe('old');
    expect(slugs['b/old.md']).toBe('old-2');
    expect(slugs['tags.md']).toBe('tags-post');
  });

  it('uses the description as summary, else the first paragraph as plain text', () => {
    expect(post('a.md', '---\ndescription: Given\n---\nBody\n').summary).toBe('Given');
    expect(post('a.md', '# H\n\n```js\nx\n\ny\n```\n\n![i](a.png)\n\nThe **first** [real](x.md) `para`.\n').summary).toBe('The first real para.');
    expect(postSummary('w '.repeat(400)).endsWith('…')).toBe(true);
  });
});

describe('parseSitePost per generator', () => {
  it('reads Astro’s pubDate, Jekyll’s file-name dates and _drafts/, and leaves out Eleventy’s collection tags', () => {
    const astro = parseSitePost({ id: 'blog/a.md', text: '---\ntitle: A\npubDate: 2024-05-06\n---\nx\n', modifiedMs: 0 }, 'astro');
    expect(astro.date).toBe('2024-05-06');
    expect(astro.timeMs).toBe(Date.parse('2024-05-06'));

    const jekyll = parseSitePost({ id: '_posts/2023-04-05-hello.md', text: '---\ntitle: Hello\ntags: rust web\n---\nx\n', modifiedMs: 0 }, 'jekyll');
    expect(jekyll).toMatchObject({ date: '2023-04-05', wantedSlug: 'hello', draft: false, tags: [{ name: 'rust' }, { name: 'web' }] });
    expect(parseSitePost({ id: '_drafts/idea.md', text: '---\ntitle: Idea\n---\nx\n', modifiedMs: 0 }, 'jekyll').draft).toBe(true);

    const eleventy = parseSitePost({ id: 'posts/b.md', text: '---\ntitle: B\ntags: [posts, css]\n---\nx\n', modifiedMs: 0 }, 'eleventy');
    expect(eleventy.tags.map((tag) => tag.name)).toEqual(['css']);
    // A plain folder keeps both tags: `posts` means nothing special there.
    expect(parseSitePost({ id: 'b.md', text: '---\ntags: [posts, css]\n---\nx\n', modifiedMs: 0 }).tags).toHaveLength(2);
  });

  it('takes an untitled post’s title from its first heading, and says it is in the body only for an h1', () => {
    expect(parseSitePost({ id: 'a.md', text: '# Big\n\ntext\n', modifiedMs: 0 })).toMatchObject({ title: 'Big', titleInBody: true });
    expect(parseSitePost({ id: 'a.md', text: '## Small\n\ntext\n', modifiedMs: 0 })).toMatchObject({ title: 'Small', titleInBody: false });
  });
});
