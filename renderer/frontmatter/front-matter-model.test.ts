import { describe, expect, it } from 'vitest';
import type { SiteGenerator } from '../../shared/api';
import { parseFrontMatter } from '../../shared/posts/front-matter';
import { draftWrites, frontMatterModel } from './front-matter-model';

const model = (source: string, path: string, generator: SiteGenerator) => frontMatterModel(parseFrontMatter(source), path, generator);

describe('frontMatterModel: which key holds what, per generator', () => {
  it('reads Astro’s pubDate and description, and keeps the other keys as generic fields', () => {
    const astro = model('---\ntitle: Hi\npubDate: 2024-06-01\ndescription: A post\nheroImage: /a.png\nrating: 4\nfeatured: true\n---\n', 'src/content/blog/hi.md', 'astro');
    expect(astro.date).toMatchObject({ key: 'pubDate', written: '2024-06-01', fromFileName: false });
    expect(astro.description.value).toBe('A post');
    expect(astro.others).toEqual([
      { kind: 'text', key: 'heroImage', value: '/a.png', multiline: false },
      { kind: 'number', key: 'rating', value: 4 },
      { kind: 'boolean', key: 'featured', value: true },
    ]);
    expect(astro.draft).toEqual({ draft: false, byFolder: false, key: 'draft' });
  });

  it('uses published: false for Jekyll and _drafts/ as a draft that only moving publishes', () => {
    const jekyll = model('---\ntitle: A\n---\n', '_posts/2024-03-05-a.md', 'jekyll');
    expect(jekyll.draft.key).toBe('published');
    expect(jekyll.date).toMatchObject({ key: 'date', written: '2024-03-05', fromFileName: true });
    expect(draftWrites(jekyll, true)).toEqual([['published', false]]);
    expect(draftWrites(model('---\npublished: false\n---\n', '_posts/a.md', 'jekyll'), false)).toEqual([['published', true]]);
    expect(model('---\ntitle: A\n---\n', '_drafts/a.md', 'jekyll').draft).toEqual({ draft: true, byFolder: true, key: 'published' });
  });

  it('uses draft: true for Hugo and prints TOML dates as written', () => {
    const hugo = model("+++\ntitle = 'T'\ndate = 2024-02-01T10:00:00-07:00\ndraft = true\n+++\n", 'content/posts/t.md', 'hugo');
    expect(hugo.date.written).toBe('2024-02-01T10:00:00-07:00');
    expect(hugo.draft).toEqual({ draft: true, byFolder: false, key: 'draft' });
    expect(draftWrites(hugo, false)).toEqual([['draft', false]]);
  });

  it('hides Eleventy’s collection tag but keeps it, and shows nested values read-only', () => {
    const eleventy = model('---\ntags: [posts, travel]\neleventyNavigation:\n  key: Home\n  order: 1\nlinks:\n  - {url: a}\n---\n', 'content/blog/a.md', 'eleventy');
    expect(eleventy.tags).toMatchObject({ shown: ['travel'], collections: ['posts'], editable: true });
    expect(eleventy.others).toEqual([
      { kind: 'nested', key: 'eleventyNavigation', summary: '{ key, order }' },
      { kind: 'nested', key: 'links', summary: '1 item' },
    ]);
  });

  it('reports malformed and executable front matter and a post without any', () => {
    expect(model('---\ntitle: [oops\n---\n', 'a.md', 'plain')).toMatchObject({ status: 'error', errorLine: expect.any(Number) });
    expect(model('---js\n{ title: "x" }\n---\n', 'a.md', 'eleventy')).toMatchObject({ status: 'error', format: 'executable' });
    expect(model('# Just text\n', 'a.md', 'hugo')).toMatchObject({ status: 'none', title: { key: 'title', value: '' } });
  });
});
