import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, isInside, resolveFolderImage, resolveProtocolRequest, resolveRendererFile, safeSegments } from './protocol-files';

let base: string;
let folder: string;
let outside: string;
const rendererDir = join('/opt', 'Postwright', 'resources', 'app.asar', 'out', 'renderer');

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'postwright-protocol-'));
  folder = join(base, 'blog');
  outside = join(base, 'outside');
  await mkdir(join(folder, 'images', 'nested'), { recursive: true });
  await mkdir(join(folder, 'folder.png'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(folder, 'images', 'cat.png'), 'png');
  await writeFile(join(folder, 'images', 'nested', 'Photo One.JPG'), 'jpg');
  await writeFile(join(folder, 'post.md'), '# post');
  await writeFile(join(folder, 'notes.txt'), 'text');
  await writeFile(join(outside, 'secret.png'), 'outside');
  await writeFile(join(outside, 'id_rsa'), 'key');
  // Links inside the folder that lead out of it, or to a non-image under an image name.
  await symlink(join(outside, 'secret.png'), join(folder, 'images', 'link-out.png'));
  await symlink(outside, join(folder, 'images', 'dir-out'), 'dir');
  await symlink(join(folder, 'notes.txt'), join(folder, 'images', 'notes.png'));
  await symlink(join(folder, 'images', 'cat.png'), join(folder, 'images', 'alias.png'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

const image = (path: string) => resolveFolderImage(folder, path);

describe('resolveFolderImage', () => {
  it('serves images inside the folder, with the type from the extension (any case, spaces escaped)', async () => {
    expect(await image('images/cat.png')).toMatchObject({ kind: 'file', path: join(folder, 'images', 'cat.png'), mimeType: 'image/png' });
    expect(await image('images/nested/Photo%20One.JPG')).toMatchObject({ kind: 'file', mimeType: 'image/jpeg' });
  });

  it('follows a link that stays inside the folder', async () => {
    expect(await image('images/alias.png')).toMatchObject({ kind: 'file', path: join(folder, 'images', 'cat.png') });
  });

  it.each([
    ['../outside/secret.png', 400],
    ['images/../../outside/secret.png', 400],
    ['%2e%2e/outside/secret.png', 400],
    ['images%2F..%2F..%2Foutside%2Fsecret.png', 400],
    ['..%5Coutside%5Csecret.png', 400],
    ['C:%5CWindows%5Cwin.ini.png', 400],
    ['%5C%5Cserver%5Cshare%5Cx.png', 400],
    ['images/cat.png%00.md', 400],
    ['%E0%A4%A', 400],
  ])('refuses the escape %j', async (path, status) => {
    expect(await image(path)).toMatchObject({ kind: 'refused', status });
  });

  it('refuses an absolute path smuggled as segments to land outside', async () => {
    // `//` collapses: these stay relative to the folder and do not exist there.
    expect(await image(`/${outside}/secret.png`)).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('refuses symlinks that lead out of the folder, for a file or a folder', async () => {
    expect(await image('images/link-out.png')).toMatchObject({ kind: 'refused', status: 403, reason: 'leads outside the folder' });
    expect(await image('images/dir-out/secret.png')).toMatchObject({ kind: 'refused', status: 403, reason: 'leads outside the folder' });
  });

  it('refuses what is not an image, whatever the link is called', async () => {
    expect(await image('post.md')).toMatchObject({ kind: 'refused', status: 403 });
    expect(await image('notes.txt')).toMatchObject({ kind: 'refused', status: 403 });
    expect(await image('images/dir-out/id_rsa')).toMatchObject({ kind: 'refused', status: 403 });
    expect(await image('images/notes.png')).toMatchObject({ kind: 'refused', status: 403, reason: 'not an image' });
    expect(await image('folder.png')).toMatchObject({ kind: 'refused', status: 404, reason: 'not a file' });
  });

  it('says 404 for a missing image', async () => {
    expect(await image('images/missing.png')).toMatchObject({ kind: 'refused', status: 404 });
  });
});

describe('resolveRendererFile', () => {
  it('serves the page for / and the built assets', () => {
    expect(resolveRendererFile(rendererDir, '/')).toMatchObject({ kind: 'file', path: join(rendererDir, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveRendererFile(rendererDir, '/assets/index-abc.js')).toMatchObject({ path: join(rendererDir, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
  });

  it('never leaves the renderer folder and serves only its file types', () => {
    expect(resolveRendererFile(rendererDir, '/../main/index.js')).toMatchObject({ kind: 'refused' });
    expect(resolveRendererFile(rendererDir, '/%2e%2e/%2e%2e/package.json')).toMatchObject({ kind: 'refused' });
    expect(resolveRendererFile(rendererDir, '/assets/thing.map')).toMatchObject({ kind: 'refused', status: 403 });
  });
});

describe('resolveProtocolRequest', () => {
  const roots = () => ({ rendererDir, folder });

  it('routes the page to the renderer and /_folder/ to the open folder', async () => {
    expect(await resolveProtocolRequest(APP_PAGE_URL, roots())).toMatchObject({ kind: 'file', source: 'renderer' });
    expect(await resolveProtocolRequest('app://postwright/_folder/images/cat.png', roots())).toMatchObject({ kind: 'file', source: 'folder' });
    expect(await resolveProtocolRequest('APP://POSTWRIGHT/_folder/images/cat.png', roots())).toMatchObject({ kind: 'file', source: 'folder' });
  });

  it('refuses other hosts, other schemes and folder requests while no folder is open', async () => {
    expect(await resolveProtocolRequest('app://evil/_folder/images/cat.png', roots())).toMatchObject({ kind: 'refused', status: 404 });
    expect(await resolveProtocolRequest('file:///etc/passwd', roots())).toMatchObject({ kind: 'refused' });
    expect(await resolveProtocolRequest('app://postwright/_folder/images/cat.png', { rendererDir, folder: null })).toMatchObject({
      kind: 'refused',
      status: 404,
    });
    expect(await resolveProtocolRequest('not a url', roots())).toMatchObject({ kind: 'refused', status: 400 });
    // Under the dev server nothing is served from disk as the renderer (not the working directory either).
    expect(await resolveProtocolRequest(APP_PAGE_URL, { rendererDir: null, folder })).toMatchObject({ kind: 'refused', status: 404 });
  });
});

describe('safeSegments and isInside', () => {
  it('splits and decodes, refusing dot segments and separators inside a segment', () => {
    expect(safeSegments('/a/b%20c/d.png')).toEqual(['a', 'b c', 'd.png']);
    expect(safeSegments('/a/./b')).toBeNull();
    expect(safeSegments('/a%2Fb')).toBeNull();
  });

  it('compares whole path segments, not string prefixes', () => {
    expect(isInside('/srv/blog', '/srv/blog/a.png')).toBe(true);
    expect(isInside('/srv/blog', '/srv/blog')).toBe(true);
    expect(isInside('/srv/blog', '/srv/blog-other/a.png')).toBe(false);
    expect(isInside('/srv/blog', '/srv/a.png')).toBe(false);
  });
});
