import { mkdir, readdir, readFile, symlink, writeFile, rm, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';

async function openLibrary(folder: string) {
  const library = new PostsLibrary();
  await library.open(folder);
  return library;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}

describe('PostsLibrary.list', () => {
  it('lists Markdown posts recursively, newest first, with titles from front matter, heading or file name', async () => {
    const folder = await fixtureBlog();
    await writeFile(join(folder, 'plain-file-name.markdown'), 'no heading here\n');
    const { posts, skipped } = await (await openLibrary(folder)).list();
    expect(posts.slice(0, 3).map((p) => [p.id, p.title, p.date])).toEqual([
      ['hello-world.md', 'Hello World', '2024-03-01'],
      ['windows-post.md', 'Windows Post', '2024-02-01'],
      ['notes/second-post.md', 'Second Post', '2024-01-15'],
    ]);
    // Undated posts come after, newest modification first (both were just written: any order).
    expect(posts.slice(3).map((p) => [p.title, p.date]).sort()).toEqual([
      ['A Note Without Front Matter', null],
      ['Plain file name', null],
    ]);
    expect(skipped).toEqual([]);
  });

  it('skips dependency, hidden and generator output folders', async () => {
    const folder = await tempFolder();
    for (const dir of ['node_modules/pkg', '.git', '_site', 'public', 'posts']) await mkdir(join(folder, dir), { recursive: true });
    for (const file of ['node_modules/pkg/README.md', '.git/x.md', '_site/copy.md', 'public/copy.md']) await writeFile(join(folder, file), '# Copy\n');
    await writeFile(join(folder, 'posts/real.md'), '# Real\n');
    await writeFile(join(folder, 'posts/image.png'), 'not a post');
    const { posts } = await (await openLibrary(folder)).list();
    expect(posts.map((p) => p.id)).toEqual(['posts/real.md']);
  });

  it('reports binary, non-UTF-8 and malformed posts instead of failing the list', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    await writeFile(join(folder, 'latin1.md'), Buffer.from('caf\xe9 au lait\n', 'latin1'));
    await writeFile(join(folder, 'broken.md'), '---\ntitle: [unclosed\n---\n\n# Fallback heading\n');
    const { posts, skipped } = await (await openLibrary(folder)).list();
    expect(skipped.map((s) => s.id)).toEqual(['binary.md', 'latin1.md']);
    expect(skipped[0]!.reason).toMatch(/binary/);
    expect(skipped[1]!.reason).toMatch(/not UTF-8/);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.title).toBe('Fallback heading');
    expect(posts[0]!.warning).toMatch(/front matter could not be read/);
  });

  it('says the folder is missing when it vanished', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    await rename(folder, `${folder}-moved`);
    expect((await failureOf(library.list())).code).toBe('FOLDER_MISSING');
    expect((await failureOf(library.read('hello-world.md'))).code).toBe('FOLDER_MISSING');
    await rm(`${folder}-moved`, { recursive: true });
  });

  it('refuses to open a file or a missing path as a folder', async () => {
    const folder = await fixtureBlog();
    const library = new PostsLibrary();
    expect((await failureOf(library.open(join(folder, 'nope')))).code).toBe('NOT_FOUND');
    expect((await failureOf(library.open(join(folder, 'hello-world.md')))).message).toMatch(/is a file, not a folder/);
    expect((await failureOf(library.list())).code).toBe('NO_FOLDER');
  });
});

describe('PostsLibrary.read and save', () => {
  it('reads a post exactly and saves it back byte for byte: CRLF, BOM, no trailing newline', async () => {
    const folder = await tempFolder();
    const cases: Record<string, Buffer> = {
      'crlf.md': Buffer.from('---\r\ntitle: CRLF\r\n---\r\n\r\nLine one\r\nLine two\r\n'),
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: BOM\n---\nBody é ✓\n')]),
      'no-newline.md': Buffer.from('# No trailing newline'),
      'mixed.md': Buffer.from('a\r\nb\nc\r\n  \t\n'),
    };
    for (const [name, bytes] of Object.entries(cases)) await writeFile(join(folder, name), bytes);
    const library = await openLibrary(folder);
    for (const [name, bytes] of Object.entries(cases)) {
      const post = await library.read(name);
      expect(post.bom).toBe(name === 'bom.md');
      expect(post.text.startsWith('\ufeff')).toBe(false);
      const edited = `${post.text}`; // unedited: must round-trip to the same bytes
      const saved = await library.save({ id: name, text: edited, bom: post.bom, baseVersion: post.version });
      expect(await readFile(join(folder, name))).toEqual(bytes);
      expect(saved.version).toBe(post.version);
    }
  });

  it('writes exactly the given text, keeping front matter bytes and line endings', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const post = await library.read('windows-post.md');
    const text = post.text.replace('Written on Windows.', 'Written on Windows.\r\nAnd edited.');
    await library.save({ id: post.id, text, bom: false, baseVersion: post.version });
    expect(await readFile(join(folder, 'windows-post.md'), 'utf8')).toBe(
      '---\r\ntitle: Windows Post\r\ndate: 2024-02-01\r\n---\r\n\r\nWritten on Windows.\r\nAnd edited.\r\n',
    );
  });

  it('refuses to overwrite a file changed on disk, unless told to', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const post = await library.read('hello-world.md');
    await writeFile(join(folder, 'hello-world.md'), 'changed by another program\n');
    const conflict = await failureOf(library.save({ id: post.id, text: 'mine', bom: false, baseVersion: post.version }));
    expect(conflict.code).toBe('CONFLICT');
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe('changed by another program\n');
    await library.save({ id: post.id, text: 'mine', bom: false, baseVersion: post.version, overwrite: true });
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe('mine');
  });

  it('reports a post deleted on disk as a conflict rather than recreating it silently', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const post = await library.read('hello-world.md');
    await rm(join(folder, 'hello-world.md'));
    expect((await failureOf(library.save({ id: post.id, text: 'x', bom: false, baseVersion: post.version }))).message).toMatch(/deleted or moved/);
  });

  it('leaves no temp file behind after saving', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const post = await library.read('hello-world.md');
    await library.save({ id: post.id, text: `${post.text}more\n`, bom: false, baseVersion: post.version });
    expect((await readdir(folder)).sort()).toEqual(['hello-world.md', 'notes', 'untitled-note.md', 'windows-post.md']);
  });

  it('refuses binary, non-UTF-8 and huge files with a clear message', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'bin.md'), Buffer.from([1, 2, 0, 3]));
    await writeFile(join(folder, 'latin1.md'), Buffer.from('na\xefve', 'latin1'));
    await writeFile(join(folder, 'huge.md'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    const library = await openLibrary(folder);
    expect((await failureOf(library.read('bin.md'))).code).toBe('BINARY');
    expect((await failureOf(library.read('latin1.md'))).code).toBe('NOT_UTF8');
    const huge = await failureOf(library.read('huge.md'));
    expect(huge.code).toBe('TOO_LARGE');
    expect(huge.message).toMatch(/10\.0 MB/);
    expect((await library.list()).skipped.map((s) => s.id)).toEqual(['bin.md', 'huge.md', 'latin1.md']);
  });
});

describe('paths outside the folder', () => {
  it.each([
    ['../outside.md'],
    ['notes/../../outside.md'],
    ['/etc/passwd.md'],
    ['C:\\Windows\\x.md'],
    ['..\\outside.md'],
  ])('refuses %s', async (id) => {
    const library = await openLibrary(await fixtureBlog());
    const failure = await failureOf(library.read(id));
    expect(failure.code).toBe('OUTSIDE_FOLDER');
    expect(failure.message).toMatch(/outside the open folder/);
    expect((await failureOf(library.save({ id, text: 'x', bom: false, baseVersion: null, overwrite: true }))).code).toBe('OUTSIDE_FOLDER');
  });

  it('refuses symlinks that lead outside the folder, for reading and for saving', async () => {
    const folder = await fixtureBlog();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.md'), 'secret\n');
    await symlink(join(outside, 'secret.md'), join(folder, 'link.md'));
    await symlink(outside, join(folder, 'linked-dir'));
    const library = await openLibrary(folder);
    expect((await failureOf(library.read('link.md'))).code).toBe('OUTSIDE_FOLDER');
    expect((await failureOf(library.read('linked-dir/secret.md'))).code).toBe('OUTSIDE_FOLDER');
    expect((await failureOf(library.save({ id: 'linked-dir/new.md', text: 'x', bom: false, baseVersion: null, overwrite: true }))).code).toBe('OUTSIDE_FOLDER');
    expect(await readFile(join(outside, 'secret.md'), 'utf8')).toBe('secret\n');
    expect((await library.list()).posts.map((p) => p.id)).not.toContain('link.md');
  });

  it('refuses files that are not posts and malformed ids', async () => {
    const library = await openLibrary(await fixtureBlog());
    expect((await failureOf(library.read('notes'))).code).toBe('NOT_A_POST');
    expect((await failureOf(library.read('package.json'))).code).toBe('NOT_A_POST');
    expect((await failureOf(library.read(''))).code).toBe('INVALID');
    expect((await failureOf(library.read(42 as unknown as string))).code).toBe('INVALID');
  });
});

describe('PostsLibrary.create', () => {
  it('creates <slug>.md in the folder holding most posts, with the keys its newest post uses, never replacing a file', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const first = await library.create({ title: 'Hello World' });
    expect(first.id).toBe('hello-world-2.md');
    const created = await library.create({ title: 'Ünïcode: a "quoted" title' });
    expect(created.id).toBe('uenicode-a-quoted-title.md');
    expect(created.title).toBe('Ünïcode: a "quoted" title');
    const text = await readFile(join(folder, created.id), 'utf8');
    expect(text).toMatch(/^---\ntitle: 'Ünïcode: a "quoted" title'\ndate: \d{4}-\d{2}-\d{2}\ntags: \[\]\n---\n\n$/);
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toContain('This is the *first* post.');
  });

  it('refuses an empty title', async () => {
    const library = await openLibrary(await fixtureBlog());
    expect((await failureOf(library.create({ title: '   ' }))).code).toBe('INVALID');
  });
});

describe('listing long posts', () => {
  it('finds a title or front matter that runs past the first read', async () => {
    const folder = await tempFolder();
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(400); // ~11 KB, past the first 8 KiB read
    await writeFile(join(folder, 'late-heading.md'), `${filler}\n\n# The Late Heading\n`);
    await writeFile(join(folder, 'long-front-matter.md'), `---\ndescription: "${filler}"\ntitle: Long Front Matter\n---\nBody\n`);
    const { posts } = await (await openLibrary(folder)).list();
    expect(posts.map((p) => p.title).sort()).toEqual(['Long Front Matter', 'The Late Heading']);
    expect(posts.every((p) => p.warning === null)).toBe(true);
  });
});

describe('PostsLibrary.setField', () => {
  it('changes one key through the checked save: BOM and CRLF kept, stale versions refused', async () => {
    const folder = await tempFolder();
    const original = '\uFEFF---\r\n# keep\r\ntitle: "Old"\r\ndraft: true\r\n---\r\nBody\r\n';
    await writeFile(join(folder, 'p.md'), original);
    const library = await openLibrary(folder);
    const before = await library.read('p.md');
    const saved = await library.setField({ id: 'p.md', key: 'draft', value: false, baseVersion: before.version });
    expect(await readFile(join(folder, 'p.md'), 'utf8')).toBe(original.replace('draft: true', 'draft: false'));
    expect(saved.summary.draft).toBe(false);
    expect((await failureOf(library.setField({ id: 'p.md', key: 'title', value: 'x', baseVersion: before.version }))).code).toBe('CONFLICT');
    await writeFile(join(folder, 'bad.md'), '---\ntitle: [oops\n---\n');
    expect((await failureOf(library.setField({ id: 'bad.md', key: 'title', value: 'x', baseVersion: null }))).message).toMatch(/could not be read/);
    expect(await readFile(join(folder, 'bad.md'), 'utf8')).toBe('---\ntitle: [oops\n---\n');
  });
});

describe('the listing cache', () => {
  it('sees a file changed behind it even with the same size and modification time', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'p.md');
    await writeFile(path, '---\ntitle: AAAA\n---\n');
    const library = await openLibrary(folder);
    expect((await library.list()).posts[0]!.title).toBe('AAAA');
    const { utimes, stat } = await import('node:fs/promises');
    const { mtime } = await stat(path);
    await writeFile(path, '---\ntitle: BBBB\n---\n'); // same size
    await utimes(path, mtime, mtime); // and the old mtime put back, as some tools do
    expect((await library.list()).posts[0]!.title).toBe('BBBB');
    await rm(path);
    expect((await library.list()).posts).toEqual([]);
  });
});

describe('PostsLibrary.search', () => {
  it('finds every word in titles or text, title hits first, with a snippet near the match', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'a.md'), '---\ntitle: Coffee notes\n---\nAbout beans.\n');
    await writeFile(join(folder, 'b.md'), `---\ntitle: Other\n---\n${'Filler words. '.repeat(20)}I drink **coffee** at the Café.\n`);
    await writeFile(join(folder, 'c.md'), '---\ntitle: Tea\n---\nNothing here.\n');
    const library = await openLibrary(folder);
    const results = await library.search({ query: 'COFFEE' });
    expect(results.matches.map((m) => m.id)).toEqual(['a.md', 'b.md']);
    expect(results.matches[1]!.snippet).toMatch(/^….*I drink coffee at the Café\.$/);
    expect(results.nextOffset).toBeNull();
    expect((await library.search({ query: 'cafe drink' })).matches.map((m) => m.id)).toEqual(['b.md']);
    expect((await library.search({ query: '   ' })).matches).toEqual([]);
  });
});
