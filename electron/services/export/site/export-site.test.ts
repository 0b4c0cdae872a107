import { cp, mkdir, readFile, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { walkPosts } from '../../library/list-posts';
import { detectSite } from '../../site/detect-site';
import { tempFolder } from '../../testing/temp-folder';
import { exportSite, ExportRefused } from './export-site';
import { MANIFEST_FILE } from './site-manifest';

async function blog(): Promise<{ folder: string; out: string; root: string }> {
  const root = await tempFolder();
  const folder = join(root, 'blog');
  await mkdir(join(folder, 'posts', 'img'), { recursive: true });
  await writeFile(join(folder, 'postwright-site.json'), JSON.stringify({ title: 'Sam’s Notes', author: 'Sam', baseUrl: 'https://blog.example.org/sub', language: 'de' }));
  await writeFile(join(folder, 'posts', 'first.md'), '---\ntitle: First & best\ndate: 2024-01-02\ntags: [Rust, meta]\n---\nHello [second](second.md#part) and ![pic](img/a.png).\n');
  await writeFile(join(folder, 'posts', 'second.md'), '---\ntitle: Second\ndate: 2024-03-04\ntags: [rust]\n---\n## Part\n\nBack to [first](./first.md). <kbd>Ctrl</kbd>\n\n<img src="img/a.png" onerror="alert(1)">\n');
  await writeFile(join(folder, 'posts', 'draft.md'), '---\ntitle: Draft\ndraft: true\n---\nSecret\n');
  await writeFile(join(folder, 'posts', 'img', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { folder, out: join(root, 'site'), root };
}

const run = (folder: string, out: string, extra: object = {}) => exportSite({ folder, out, generator: 'Postwright test', ...extra });
const read = (out: string, file: string) => readFile(join(out, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });

describe('exportSite', () => {
  it('writes pages, index, tag pages, feeds, sitemap and images, drafts left out', async () => {
    const { folder, out } = await blog();
    const result = await run(folder, out);
    expect(result.problems).toEqual([]);
    expect(result.posts).toBe(2);
    const index = await read(out, 'index.html');
    expect(index).toContain('<html lang="de">');
    expect(index.indexOf('Second')).toBeLessThan(index.indexOf('First &amp; best'));
    expect(index).toContain('href="first/"');
    expect(index).not.toContain('Draft');
    const first = await read(out, 'first/index.html');
    expect(first).toContain('<h1 class="post-title">First &amp; best</h1>');
    expect(first).toContain('href="../second/#part"');
    expect(first).toContain('src="../media/posts/img/a.png"');
    expect(first).toContain('← back to blog');
    expect(first).toContain('href="../tags/rust/"');
    expect(first).not.toMatch(/<script/i);
    const second = await read(out, 'second/index.html');
    expect(second).toContain('href="../first/"');
    expect(second).not.toContain('onerror');
    expect(await read(out, 'tags/rust/index.html')).toContain('First &amp; best');
    expect((await stat(join(out, 'media/posts/img/a.png'))).size).toBe(4);
    await expect(stat(join(out, 'draft/index.html'))).rejects.toThrow();
  });

  it('writes RSS 2.0 and Atom feeds and a sitemap with absolute URLs and full content', async () => {
    const { folder, out } = await blog();
    await run(folder, out);
    const rss = xml.parse(await read(out, 'rss.xml')).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Sam’s Notes');
    expect(rss.channel.link).toBe('https://blog.example.org/sub/');
    const items = rss.channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Second', 'First & best']);
    expect(items[1].link).toBe('https://blog.example.org/sub/first/');
    expect(items[1].pubDate).toMatch(/2024/);
    expect(items[1]['content:encoded']).toContain('href="https://blog.example.org/sub/second/#part"');
    expect(items[1]['content:encoded']).toContain('src="https://blog.example.org/sub/media/posts/img/a.png"');
    const atom = xml.parse(await read(out, 'atom.xml')).feed;
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.id).toBeTruthy();
    expect(atom.updated).toBeTruthy();
    expect(atom.entry[0].link['@_href']).toBe('https://blog.example.org/sub/second/');
    const sitemap = xml.parse(await read(out, 'sitemap.xml')).urlset.url as { loc: string }[];
    expect(sitemap.length).toBeGreaterThan(3);
    for (const url of sitemap) expect(url.loc).toMatch(/^https:\/\/blog\.example\.org\/sub\//);
  });

  it('writes flat files on request', async () => {
    const { folder, out } = await blog();
    await run(folder, out, { style: 'flat' });
    expect(await read(out, 'first.html')).toContain('href="second.html#part"');
    expect(await read(out, 'index.html')).toContain('href="first.html"');
    expect(await read(out, 'tags/rust.html')).toContain('href="../first.html"');
  });

  it('refuses the posts folder or a folder containing it, and a missing folder', async () => {
    const { folder, root } = await blog();
    await expect(run(folder, folder)).rejects.toThrow(ExportRefused);
    await expect(run(folder, root)).rejects.toThrow(/contains the posts folder/);
    await expect(run(join(root, 'nope'), join(root, 'x'))).rejects.toThrow(/does not exist/);
  });

  it('never overwrites or deletes a file it did not write, and never writes through a link out', async () => {
    const { folder, out, root } = await blog();
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'index.html'), 'mine');
    await writeFile(join(out, 'CNAME'), 'blog.example.org');
    await mkdir(join(root, 'elsewhere'));
    await symlink(join(root, 'elsewhere'), join(out, 'tags'));
    const result = await run(folder, out);
    expect(await read(out, 'index.html')).toBe('mine');
    expect(result.problems.map((p) => p.file)).toContain('index.html');
    expect(result.problems.some((p) => /outside the output folder/.test(p.message) || p.file.startsWith('tags'))).toBe(true);
    expect(await readdir(join(root, 'elsewhere'))).toEqual([]);
    await run(folder, out, { clean: true });
    expect(await read(out, 'CNAME')).toBe('blog.example.org');
    expect(await read(out, 'index.html')).toBe('mine');
  });

  it('re-export after one edit rewrites only that post, the lists it is on and the feeds', async () => {
    const { folder, out } = await blog();
    for (let i = 0; i < 5; i++) await writeFile(join(folder, 'posts', `p${i}.md`), `---\ntitle: P${i}\ndate: 2020-01-0${i + 1}\ntags: [other]\n---\nBody ${i}\n`);
    await run(folder, out);
    const again = await run(folder, out);
    expect(again.written).toEqual([]);
    const path = join(folder, 'posts', 'first.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Hello', 'Hi there'));
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const edited = await run(folder, out);
    expect([...edited.written].sort()).toEqual(['atom.xml', 'first/index.html', 'index.html', 'rss.xml', 'tags/meta/index.html', 'tags/rust/index.html']);
    expect(edited.deleted).toEqual([]);
  });

  it('re-export takes unchanged feed posts from the last export in this process, not from disk again', async () => {
    const { folder, out } = await blog();
    const path = join(folder, 'posts', 'first.md');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    await run(folder, out);
    // Same size and mtime, other words: only a re-read would see it, and unchanged posts are not re-read.
    await writeFile(path, (await readFile(path, 'utf8')).replace('Hello', 'Howdy'));
    await utimes(path, 1_700_000_000, 1_700_000_000);
    const second = join(folder, 'posts', 'second.md');
    await writeFile(second, `${await readFile(second, 'utf8')}\nMore.\n`);
    await utimes(second, new Date(), new Date(Date.now() + 5000));
    await run(folder, out);
    const rss = await read(out, 'rss.xml');
    expect(rss).not.toContain('Howdy');
    expect(rss).toContain('More.');
    // Settings changed: every page and feed entry is rendered again, from the files.
    await writeFile(join(folder, 'postwright-site.json'), JSON.stringify({ title: 'Renamed', baseUrl: 'https://blog.example.org/sub' }));
    await run(folder, out);
    expect(await read(out, 'rss.xml')).toContain('Howdy');
  });

  it('deletes the page of a removed post, and --clean rebuilds everything', async () => {
    const { folder, out } = await blog();
    await run(folder, out);
    await writeFile(join(folder, 'posts', 'second.md'), '---\ntitle: Second\ndraft: true\n---\n');
    const result = await run(folder, out);
    expect(result.deleted).toContain('second/index.html');
    await expect(stat(join(out, 'second'))).rejects.toThrow();
    const clean = await run(folder, out, { clean: true });
    expect(clean.written).toContain('first/index.html');
    expect(JSON.parse(await read(out, MANIFEST_FILE)).files['first/index.html']).toBeTruthy();
  });

  it('reports bad posts with file and line and exports the rest', async () => {
    const { folder, out } = await blog();
    await writeFile(join(folder, 'posts', 'broken.md'), '---\ntitle: [oops\n---\nStill here\n');
    await writeFile(join(folder, 'posts', 'binary.md'), Buffer.from([0, 1, 2, 3]));
    const result = await run(folder, out);
    const broken = result.problems.find((p) => p.file === 'posts/broken.md');
    expect(broken?.line).toBeGreaterThan(1);
    expect(result.problems.find((p) => p.file === 'posts/binary.md')?.message).toMatch(/binary/);
    expect(await read(out, 'first/index.html')).toContain('First');
  });

  it('takes site settings from a Hugo config, or creates the settings file with defaults', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'hugo.toml'), 'title = "Hugo Site"\nbaseURL = "https://hugo.example/"\nlanguageCode = "fr-fr"\n');
    await writeFile(join(root, 'a.md'), '# A\n');
    const result = await run(root, join(await tempFolder(), 'out'));
    expect(result.settingsSource).toBe('hugo.toml');
    expect(await read(result.out, 'index.html')).toContain('<html lang="fr-fr">');
    const plain = await tempFolder();
    await writeFile(join(plain, 'a.md'), '# A\n');
    const made = await run(plain, join(await tempFolder(), 'out'));
    expect(made.settingsCreated).toBe(true);
    expect(JSON.parse(await readFile(join(plain, 'postwright-site.json'), 'utf8')).title).toBe('My Blog');
  });

  it('exports an Eleventy site with its data files applied, as the post list reads it: a folder of drafts stays out, data-file tags are kept', async () => {
    const root = await tempFolder();
    const folder = join(root, 'eleventy');
    await cp(join(import.meta.dirname, '..', '..', '..', '..', 'e2e', 'fixtures', 'sites', 'eleventy'), folder, { recursive: true });
    const out = join(root, 'site');
    await run(folder, out);
    const index = await read(out, 'index.html');
    // notes.11tydata.json says `draft: true` for its folder; one note overrides it in front matter.
    expect(index).not.toContain('A quick thought');
    expect(index).toContain('A finished note');
    // secondpost.11tydata.json gives its post a tag.
    const tags = await readdir(join(out, 'tags'));
    expect(tags).toContain('from-its-data-file');

    await run(folder, out, { drafts: true });
    expect(await read(out, 'index.html')).toContain('A quick thought');
    // A data file changed outside: the next export reads the posts again, not from its manifest.
    await writeFile(join(folder, 'content', 'blog', 'notes', 'notes.11tydata.json'), '{ "tags": ["notes"] }');
    await run(folder, out);
    expect(await read(out, 'index.html')).toContain('A quick thought');
  });

  it('exports a Jekyll site as its generator reads it: _posts/ only, dates from file names, _drafts/ as drafts', async () => {
    const root = await tempFolder();
    const folder = join(root, 'jekyll');
    await mkdir(join(folder, '_posts'), { recursive: true });
    await mkdir(join(folder, '_drafts'));
    await mkdir(join(folder, '_layouts'));
    await writeFile(join(folder, '_config.yml'), 'title: Jekyll Blog\n');
    await writeFile(join(folder, '_posts', '2023-04-05-hello.md'), '---\ntitle: Hello Jekyll\n---\nBody.\n');
    await writeFile(join(folder, '_drafts', 'idea.md'), '---\ntitle: Half an idea\n---\nLater.\n');
    await writeFile(join(folder, 'about.md'), '---\ntitle: About me\n---\nA page, not a post.\n');
    await writeFile(join(folder, 'README.md'), '# Readme\n');
    await writeFile(join(folder, '_layouts', 'post.md'), '# Layout\n');

    const out = join(root, 'site');
    const result = await run(folder, out);
    expect(result.posts).toBe(1);
    const index = await read(out, 'index.html');
    expect(index).toContain('Hello Jekyll');
    expect(index).toContain('2023-04-05');
    for (const absent of ['Half an idea', 'About me', 'Readme', 'Layout']) expect(index).not.toContain(absent);
    expect(await read(out, 'hello/index.html')).toContain('Hello Jekyll');

    const withDrafts = await run(folder, out, { drafts: true });
    expect(withDrafts.posts).toBe(2);
    expect(await read(out, 'index.html')).toContain('Half an idea');
  });

  it('exports exactly the posts the post list shows: no dependencies, hidden or output folders, READMEs or links out', async () => {
    const root = await tempFolder();
    const folder = join(root, 'plain');
    for (const dir of ['posts', 'notes/deep', 'node_modules/pkg', '.obsidian', 'dist']) await mkdir(join(folder, dir), { recursive: true });
    const post = (title: string) => `---\ntitle: ${title}\ndate: 2024-05-06\n---\nBody of ${title}.\n`;
    await writeFile(join(folder, 'posts', 'a.md'), post('Post A'));
    await writeFile(join(folder, 'notes', 'deep', 'b.md'), post('Post B'));
    await writeFile(join(folder, 'node_modules', 'pkg', 'readme.md'), post('Dependency'));
    await writeFile(join(folder, '.obsidian', 'c.md'), post('Hidden'));
    await writeFile(join(folder, 'dist', 'd.md'), post('Built copy'));
    await writeFile(join(folder, 'README.md'), post('Readme'));
    await writeFile(join(root, 'outside.md'), post('Outside'));
    await symlink(join(root, 'outside.md'), join(folder, 'posts', 'linked.md'));

    const listed = walkPosts(folder, detectSite(folder)).map((file) => file.id).sort();
    expect(listed).toEqual(['notes/deep/b.md', 'posts/a.md']);
    const out = join(root, 'site');
    const result = await run(folder, out, { drafts: true });
    expect(result.posts).toBe(listed.length);
    const index = await read(out, 'index.html');
    for (const title of ['Post A', 'Post B']) expect(index).toContain(title);
    for (const title of ['Dependency', 'Hidden', 'Built copy', 'Readme', 'Outside']) expect(index).not.toContain(title);
  });
});
