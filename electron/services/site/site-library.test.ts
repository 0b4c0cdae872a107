import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PostList } from '../../../shared/api/types';
import { PostsLibrary } from '../library/posts-library';
import { tempFolder } from '../testing/temp-folder';
import { detectSite } from './detect-site';
import { fillTemplate } from './new-post-plan';

/** A temp copy of e2e/fixtures/sites/<name>, with the output folders git does not keep. */
async function site(name: string): Promise<string> {
  const root = join(await tempFolder(), name);
  await cp(join(import.meta.dirname, '../../../e2e/fixtures/sites', name), root, { recursive: true });
  await mkdir(join(root, 'dist/blog'), { recursive: true });
  await writeFile(join(root, 'dist/blog/copy.md'), '---\ntitle: Output copy\n---\n');
  return root;
}

async function listed(root: string): Promise<{ library: PostsLibrary; list: PostList; ids: string[] }> {
  const library = new PostsLibrary();
  await library.open(root);
  const list = await library.list();
  return { library, list, ids: list.posts.map((post) => post.id).sort() };
}

const post = (list: PostList, id: string) => list.posts.find((p) => p.id === id)!;

describe('Jekyll', () => {
  it('lists _posts and _drafts only, dates from file names, zoned datetimes in instant order, drafts either way', async () => {
    const root = await site('jekyll');
    const { list, ids } = await listed(root);
    expect(list.folder.site).toMatchObject({ generator: 'jekyll', label: 'Jekyll', newPostFolder: '_posts', assets: { folder: '', urlRoot: '/' } });
    expect(ids).toEqual([
      '_drafts/an-idea.md',
      '_posts/2023-12-24-unpublished.md',
      '_posts/2024-01-02-welcome-to-jekyll.markdown',
      '_posts/2024-03-05-no-date-in-front-matter.md',
      '_posts/2024-06-01-zoned.md',
      '_posts/2024-06-02-morning.md',
    ]);
    expect(post(list, '_posts/2024-03-05-no-date-in-front-matter.md').date).toBe('2024-03-05');
    expect(post(list, '_posts/2024-01-02-welcome-to-jekyll.markdown')).toMatchObject({ title: 'Welcome to Jekyll!', tags: ['jekyll', 'update'], draft: false });
    expect(post(list, '_drafts/an-idea.md').draft).toBe(true);
    expect(post(list, '_posts/2023-12-24-unpublished.md').draft).toBe(true);
    // 2024-06-01 23:30 -0700 is 06:30 UTC on June 2: after "next morning" (01:00 UTC June 2).
    const order = list.posts.map((p) => p.id);
    expect(order.indexOf('_posts/2024-06-01-zoned.md')).toBeLessThan(order.indexOf('_posts/2024-06-02-morning.md'));
  });

  it('creates _posts/YYYY-MM-DD-slug.md with the keys the newest post uses', async () => {
    const root = await site('jekyll');
    const { library } = await listed(root);
    const created = await library.create({ title: 'Ein schöner Tag: 日本' });
    expect(created.id).toMatch(/^_posts\/\d{4}-\d{2}-\d{2}-ein-schoener-tag-日本\.md$/);
    const text = await readFile(join(root, created.id), 'utf8');
    expect(text).toMatch(/^---\nlayout: post\ntitle: "Ein schöner Tag: 日本"\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}\n---\n\n$/);
  });
});

describe('Hugo', () => {
  it('lists content/ only: no theme exampleSite, archetypes, README, _index pages or output', async () => {
    const { list, ids } = await listed(await site('hugo'));
    expect(list.folder.site).toMatchObject({ generator: 'hugo', postFolders: ['content'], newPostFolder: 'content/posts', assets: { folder: 'static', urlRoot: '/' } });
    expect(ids).toEqual(['content/about.md', 'content/posts/draft-post.md', 'content/posts/first-post.md', 'content/posts/json-post.md', 'content/posts/trip/index.md']);
    expect(post(list, 'content/posts/first-post.md')).toMatchObject({ title: 'My First Post', tags: ['red', 'blue'], draft: false });
    expect(post(list, 'content/posts/draft-post.md').draft).toBe(true);
  });

  it('creates content/posts/slug.md from archetypes/default.md, title escaped for TOML', async () => {
    const root = await site('hugo');
    const { library } = await listed(root);
    const created = await library.create({ title: `It's "quoted"` });
    expect(created.id).toBe('content/posts/its-quoted.md');
    const text = await readFile(join(root, created.id), 'utf8');
    expect(text).toMatch(/^\+\+\+\ndate = '\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}'\ndraft = true\ntitle = "It's \\"quoted\\""\n\+\+\+\n$/);
    expect(created).toMatchObject({ title: `It's "quoted"`, draft: true });
  });

  it('prefers archetypes/<section>.md and falls back when an archetype runs template code', async () => {
    const root = await site('hugo');
    await writeFile(join(root, 'archetypes/posts.md'), '---\ntitle: "{{ .Title }}"\ndate: {{ .Date }}\nseries: {{ .Site.Params.series }}\n---\n');
    const { library } = await listed(root);
    const text = await readFile(join(root, (await library.create({ title: 'Fallback' })).id), 'utf8');
    expect(text).toContain("title = 'Fallback'".replace(/'/g, '"'));
    expect(text).not.toContain('{{');
  });

  it('reads contentDir from the config', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'hugo.yaml'), 'title: x\ncontentDir: "writing"\n');
    expect(detectSite(root).postFolders).toEqual(['writing']);
    await writeFile(join(root, 'hugo.yaml'), 'contentDir: ../../etc\n');
    expect(detectSite(root).postFolders).toEqual(['content']);
  });
});

describe('Hexo', () => {
  it('lists source/_posts and source/_drafts, creates from the post scaffold', async () => {
    const root = await site('hexo');
    const { list, ids, library } = await listed(root);
    expect(list.folder.site).toMatchObject({ generator: 'hexo', newPostFolder: 'source/_posts', assets: { folder: 'source', urlRoot: '/' } });
    expect(ids).toEqual(['source/_drafts/unfinished.md', 'source/_posts/hello-world.md', 'source/_posts/second.md']);
    expect(post(list, 'source/_drafts/unfinished.md').draft).toBe(true);
    expect(post(list, 'source/_posts/hello-world.md').tags).toEqual(['hexo', 'start']);
    const created = await library.create({ title: 'Привет мир' });
    expect(created.id).toBe('source/_posts/privet-mir.md');
    expect(await readFile(join(root, created.id), 'utf8')).toMatch(/^---\ntitle: Привет мир\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\ntags:\n---\n$/);
  });
});

describe('Astro', () => {
  it('lists src/content (not dist, not public), reads pubDate, creates in the biggest collection', async () => {
    const root = await site('astro');
    const { list, ids, library } = await listed(root);
    expect(list.folder.site).toMatchObject({ generator: 'astro', newPostFolder: 'src/content/blog', assets: { folder: 'public', urlRoot: '/' } });
    expect(ids).toEqual(['src/content/blog/first-post.md', 'src/content/blog/markdown-style-guide.md', 'src/content/blog/using-mdx.md', 'src/content/notes/one-note.md']);
    expect(post(list, 'src/content/blog/first-post.md').date).toBe('Jul 08 2022');
    expect(post(list, 'src/content/blog/using-mdx.md').draft).toBe(true);
    expect(list.posts[0]!.id).toBe('src/content/blog/markdown-style-guide.md'); // 'Jun 19 2024', newest
    const created = await library.create({ title: 'New one' });
    expect(created.id).toBe('src/content/blog/new-one.md');
    const text = await readFile(join(root, created.id), 'utf8');
    expect(text).toMatch(/^---\ntitle: New one\ndescription: ""\npubDate: /);
  });
});

describe('Eleventy', () => {
  it('lists the configured input folder, drops the posts collection tag, warns about executable front matter', async () => {
    const { list, ids } = await listed(await site('eleventy'));
    expect(list.folder.site).toMatchObject({ generator: 'eleventy', postFolders: ['content'] });
    expect(ids).toEqual([
      'content/about.md',
      'content/blog/computed.md',
      'content/blog/firstpost.md',
      'content/blog/fourthpost/fourthpost.md',
      'content/blog/notes/finished-note.md',
      'content/blog/notes/quick-thought.md',
      'content/blog/secondpost.md',
    ]);
    expect(post(list, 'content/blog/fourthpost/fourthpost.md')).toMatchObject({ tags: ['second tag'], draft: true });
    expect(post(list, 'content/blog/computed.md')).toMatchObject({ title: 'A computed post', warningLine: 1 });
    expect(post(list, 'content/blog/computed.md').warning).toMatch(/does not run it/);
  });
});

describe('Eleventy data files', () => {
  it('give posts their folder\'s tags and drafts (front matter wins, tags add up), a post its own data file\'s; JavaScript ones are never run, said once', async () => {
    const root = await site('eleventy');
    const marker = join(root, 'ran.txt');
    // Executable data: if anything ran it, the marker file would appear.
    await writeFile(join(root, 'content/blog/blog.11tydata.js'), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { tags: ['posts'], draft: true };\n`);
    const { list } = await listed(root);
    expect(post(list, 'content/blog/notes/quick-thought.md')).toMatchObject({ draft: true, tags: ['notes'] });
    expect(post(list, 'content/blog/notes/finished-note.md')).toMatchObject({ draft: false, tags: ['notes', 'writing'] });
    expect(post(list, 'content/blog/secondpost.md')).toMatchObject({ draft: false, tags: ['from its data file', 'number 2'] });
    expect(post(list, 'content/blog/firstpost.md')).toMatchObject({ draft: false, tags: ['another tag'] });
    expect(list.folder.site.note).toBe('“content/blog/blog.11tydata.js” is code, which Postwright never runs: tags and drafts it sets are not shown.');
    for (const summary of list.posts) expect(summary.warning ?? '').not.toMatch(/11tydata/); // said once, not per post
    // The page reads an unsaved post with the same data (use-unsaved-summaries.ts).
    expect(list.folder.site.folderData).toEqual([
      { path: 'content/blog/notes', scope: 'folder', data: { tags: ['notes'], draft: true } },
      { path: 'content/blog/secondpost', scope: 'template', data: { tags: ['from its data file'] } },
    ]);
    await expect(readFile(marker, 'utf8')).rejects.toThrow();
  });

  it('a data file that is not JSON is named in the note, and its posts still list', async () => {
    const root = await site('eleventy');
    await writeFile(join(root, 'content/blog/notes/notes.11tydata.json'), '{ "draft": true, }');
    const { list } = await listed(root);
    expect(list.folder.site.note).toContain('“content/blog/notes/notes.11tydata.json” could not be read as JSON data');
    expect(post(list, 'content/blog/notes/quick-thought.md')).toMatchObject({ draft: false, tags: [] });
  });

  it('a changed data file changes the list, in memory and after a restart (the cached summaries were made with the old data)', async () => {
    const root = await site('eleventy');
    const cacheDir = join(await tempFolder(), 'cache');
    const options = { listingCache: { dir: cacheDir, tag: 'test', racyMarginMs: 0 } };
    const library = new PostsLibrary(undefined, options);
    await library.open(root);
    expect(post(await library.list(), 'content/blog/notes/quick-thought.md').draft).toBe(true);
    await library.lastCacheSave;

    await writeFile(join(root, 'content/blog/notes/notes.11tydata.json'), '{ "tags": ["notes", "short"] }');
    const again = await library.list();
    expect(post(again, 'content/blog/notes/quick-thought.md')).toMatchObject({ draft: false, tags: ['notes', 'short'] });
    await library.lastCacheSave;

    await writeFile(join(root, 'content/blog/notes/notes.11tydata.json'), '{ "draft": true }');
    const restarted = new PostsLibrary(undefined, options);
    await restarted.open(root);
    expect(post(await restarted.list(), 'content/blog/notes/quick-thought.md')).toMatchObject({ draft: true, tags: [] });
  });
});

describe('plain folders', () => {
  it('skip README and create in the folder holding most posts', async () => {
    const root = await site('plain');
    const { ids, library, list } = await listed(root);
    expect(list.folder.site.generator).toBe('plain');
    expect(ids).toEqual(['loose.md', 'notes/one.md', 'notes/two.md']);
    expect((await library.create({ title: '한국어 글' })).id).toBe('notes/한국어-글.md');
  });
});

describe('Hexo scaffolds and Hugo archetypes', () => {
  it('fill only placeholders they know, quoting titles safely', () => {
    const now = new Date(2024, 5, 1, 10, 0, 0);
    expect(fillTemplate('---\ntitle: {{ title }}\ndate: {{ date }}\n---\n', 'a: b', now, 'hexo')).toBe('---\ntitle: "a: b"\ndate: 2024-06-01 10:00:00\n---\n');
    expect(fillTemplate('---\ntitle: "{{ .Title }}"\n---\n', 'say "hi"', now, 'hugo')).toBe('---\ntitle: "say \\"hi\\""\n---\n');
    expect(fillTemplate('+++\ntitle = "{{ .Title }}"\nx = {{ .Site.Title }}\n+++\n', 'T', now, 'hugo')).toBeNull();
  });
});

describe('templates that lead outside the site', () => {
  it('are not copied into a new post', async () => {
    const root = await site('hugo');
    const secret = join(await tempFolder(), 'secret.md');
    await writeFile(secret, '+++\ntitle = "{{ .Title }}"\nsecret = "do not copy"\n+++\n');
    const { rm, symlink } = await import('node:fs/promises');
    await rm(join(root, 'archetypes/default.md'));
    await symlink(secret, join(root, 'archetypes/default.md'));
    const { library } = await listed(root);
    const text = await readFile(join(root, (await library.create({ title: 'Safe' })).id), 'utf8');
    expect(text).not.toContain('do not copy');
  });
});
