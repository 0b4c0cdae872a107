import { chmod, mkdir, open, rm, symlink, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainProfile } from '../site/site-profile';
import { tempFolder } from '../testing/temp-folder';
import { MAX_POST_BYTES } from './decode-post';
import { ListingCache, LIST_PREFIX_BYTES, summarizeFiles, walkPosts, type ListEntry } from './list-posts';

const keyOf = (path: string) => {
  const info = statSync(path);
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
};

const byId = (entries: readonly ListEntry[]) => new Map(entries.map((entry) => [entry.kind === 'post' ? entry.summary.id : entry.id, entry]));

describe('walkPosts', () => {
  it('names posts by their folder-relative path with / and gives paths the OS can open', async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'a/b c/d'), { recursive: true });
    await mkdir(join(root, 'node_modules/x'), { recursive: true });
    await mkdir(join(root, '.hidden'), { recursive: true });
    for (const file of ['top.md', 'a/one.md', 'a/b c/two.markdown', 'a/b c/d/três.md', 'node_modules/x/no.md', '.hidden/no.md', 'a/notes.txt']) {
      await writeFile(join(root, file), '# x\n');
    }
    await symlink(join(root, 'a/one.md'), join(root, 'a/link.md'));
    const folders = new Set<string>();
    const files = walkPosts(root, plainProfile(), folders);
    expect(files.map((file) => file.id).sort()).toEqual(['a/b c/d/três.md', 'a/b c/two.markdown', 'a/link.md', 'a/one.md', 'top.md']);
    for (const file of files) expect(file.path).toBe(join(root, ...file.id.split('/')));
    expect([...folders].sort()).toEqual([root, join(root, 'a'), join(root, 'a/b c'), join(root, 'a/b c/d')].sort());
    expect(files.every((file) => !file.path.includes(`${sep}${sep}`))).toBe(true);
  });
});

describe('summarizeFiles', () => {
  it('keys a file read the first time by what was opened: the next listing reuses it after one stat', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'a.md'), '---\ntitle: A\n---\n');
    await writeFile(join(root, 'b.md'), '# B\n');
    const files = walkPosts(root, plainProfile());
    const cache = new ListingCache(0);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the files' ctime before the read's clock
    const first = summarizeFiles(files, plainProfile(), cache);
    expect(cache.counts).toEqual({ read: 2, reused: 0 });
    for (const file of files) expect(cache.get(file.path, keyOf(file.path))).toBe(byId(first).get(file.id));
    summarizeFiles(files, plainProfile(), cache);
    expect(cache.counts).toEqual({ read: 0, reused: 2 });
  });

  it('skips a file that vanished after the walk, and lists a huge one as skipped with its size', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'gone.md'), '# Gone\n');
    const huge = await open(join(root, 'huge.md'), 'w');
    await huge.truncate(MAX_POST_BYTES + 1); // sparse: no 10 MB written
    await huge.close();
    await writeFile(join(root, 'kept.md'), '# Kept\n');
    const files = walkPosts(root, plainProfile());
    await rm(join(root, 'gone.md'));
    const entries = byId(summarizeFiles(files, plainProfile(), new ListingCache()));
    expect([...entries.keys()].sort()).toEqual(['huge.md', 'kept.md']);
    const skipped = entries.get('huge.md')!;
    expect(skipped.kind === 'skipped' && skipped.reason).toMatch(/huge\.md.*MB.*not opened/);
  });

  it('reads on past the first 4 KiB when the front matter or the title is further in', async () => {
    const root = await tempFolder();
    const filler = `description: ${'x'.repeat(LIST_PREFIX_BYTES)}\n`;
    await writeFile(join(root, 'long-front-matter.md'), `---\n${filler}title: Late title\n---\nBody\n`);
    await writeFile(join(root, 'late-heading.md'), `${'Intro words. '.repeat(500)}\n\n# The heading\n`);
    const entries = byId(summarizeFiles(walkPosts(root, plainProfile()), plainProfile(), new ListingCache()));
    const title = (id: string) => {
      const entry = entries.get(id)!;
      return entry.kind === 'post' ? entry.summary.title : entry.reason;
    };
    expect(title('long-front-matter.md')).toBe('Late title');
    expect(title('late-heading.md')).toBe('The heading');
  });

  it('lists files whose names cannot be post ids as skipped, with the reason (the walk\'s quick check lets none through)', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'c:drive.md'), '# Drive\n');
    await writeFile(join(root, '..\\up.md'), '# Up\n');
    await writeFile(Buffer.from([...Buffer.from(join(root, 'bad')), 0xff, ...Buffer.from('.md')]), '# Bad name\n');
    await writeFile(join(root, 'fine.md'), '# Fine\n');
    const entries = summarizeFiles(walkPosts(root, plainProfile()), plainProfile(), new ListingCache());
    const skipped = entries.flatMap((entry) => (entry.kind === 'skipped' ? [entry.id] : [])).sort();
    expect(skipped).toEqual(['..\\up.md', 'bad\uFFFD.md', 'c:drive.md']);
    expect(entries.filter((entry) => entry.kind === 'post')).toHaveLength(1);
  });

  // Root reads every file whatever its mode: there is no unreadable file to make.
  it.skipIf(process.getuid?.() === 0)('lists a file it may not read as skipped, with the reason', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'locked.md'), '# Locked\n');
    await chmod(join(root, 'locked.md'), 0o000);
    const entries = byId(summarizeFiles(walkPosts(root, plainProfile()), plainProfile(), new ListingCache()));
    const entry = entries.get('locked.md')!;
    expect(entry.kind === 'skipped' && entry.reason).toMatch(/could not be read \(EACCES\)/);
  });
});
