import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveImageRequest } from '../../../shared/api/types';
import { tempFolder } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function hugoSite(): Promise<string> {
  const root = await tempFolder();
  await writeFile(join(root, 'hugo.toml'), 'title = "x"\n');
  await mkdir(join(root, 'content/posts/trip'), { recursive: true });
  await writeFile(join(root, 'content/posts/hello.md'), '---\ntitle: Hello\n---\n');
  await writeFile(join(root, 'content/posts/trip/index.md'), '---\ntitle: Trip\n---\n');
  return root;
}

async function open(root: string): Promise<PostsLibrary> {
  const library = new PostsLibrary();
  await library.open(root);
  return library;
}

const request = (postId: string, fileName = 'Cat Photo.png', bytes: Uint8Array = PNG): SaveImageRequest => ({ postId, fileName, mimeType: 'image/png', bytes });

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { code?: string; message?: string }) => error);

describe('saving a pasted image', () => {
  it('puts it in static/images for a Hugo post, in the bundle for a page bundle, never overwriting', async () => {
    const root = await hugoSite();
    const library = await open(root);
    expect(await library.saveImage(request('content/posts/hello.md'))).toEqual({ path: 'static/images/cat-photo.png', url: '/images/cat-photo.png' });
    expect(await library.saveImage(request('content/posts/hello.md'))).toEqual({ path: 'static/images/cat-photo-2.png', url: '/images/cat-photo-2.png' });
    expect(await library.saveImage(request('content/posts/trip/index.md'))).toEqual({ path: 'content/posts/trip/cat-photo.png', url: 'cat-photo.png' });
    expect(new Uint8Array(await readFile(join(root, 'static/images/cat-photo-2.png')))).toEqual(PNG);
    // No temp file left behind.
    expect((await readdir(join(root, 'static/images'))).sort()).toEqual(['cat-photo-2.png', 'cat-photo.png']);
  });

  it('names by the bytes’ type, not the claimed one, and skips a name a file, a link or a case twin holds', async () => {
    const root = await hugoSite();
    await mkdir(join(root, 'static/images'), { recursive: true });
    await writeFile(join(root, 'static/images/cat.png'), 'mine');
    await symlink('/etc/passwd', join(root, 'static/images/cat-2.png'));
    await writeFile(join(root, 'static/images/CAT-3.png'), 'mine too');
    const library = await open(root);
    const saved = await library.saveImage({ ...request('content/posts/hello.md', 'cat.jpg'), mimeType: 'image/jpeg' });
    expect(saved.path).toBe('static/images/cat-4.png');
    expect(await readFile(join(root, 'static/images/cat.png'), 'utf8')).toBe('mine');
  });

  it('refuses an SVG or HTML dressed as an image, and writes nothing', async () => {
    const root = await hugoSite();
    const library = await open(root);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await failureOf(library.saveImage(request('content/posts/hello.md', 'x.png', svg)))).toMatchObject({ code: 'INVALID' });
    expect(await readdir(root)).not.toContain('static');
  });

  it('refuses a post id outside the folder, and an image folder that links outside', async () => {
    const root = await hugoSite();
    const outside = await tempFolder();
    const library = await open(root);
    expect(await failureOf(library.saveImage(request('../escape.md')))).toMatchObject({ code: 'OUTSIDE_FOLDER' });
    expect(await failureOf(library.saveImage(request('/etc/x.md')))).toMatchObject({ code: 'OUTSIDE_FOLDER' });
    await symlink(outside, join(root, 'static'));
    expect(await failureOf(library.saveImage(request('content/posts/hello.md')))).toMatchObject({ code: 'OUTSIDE_FOLDER' });
    expect(await readdir(outside)).toEqual([]);
  });

  it('puts it in <post>-assets beside the post in a plain folder', async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'notes'));
    await writeFile(join(root, 'notes/My Trip.md'), '# Trip\n');
    const library = await open(root);
    expect(await library.saveImage(request('notes/My Trip.md', 'image.png'))).toMatchObject({
      path: expect.stringMatching(/^notes\/My Trip-assets\/image-\d{8}-\d{6}\.png$/),
      url: expect.stringMatching(/^My%20Trip-assets\/image-\d{8}-\d{6}\.png$/),
    });
  });
});
