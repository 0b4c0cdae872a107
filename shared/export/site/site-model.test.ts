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
