import { describe, expect, it, vi } from 'vitest';
import { createHttpApi } from './client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createHttpApi', () => {
  it('POSTs the arguments as JSON to the method route and returns the Result body', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: { id: 'a.md', text: 'x', bom: false, version: 'v' } }));
    const api = createHttpApi(fetch);
    const result = await api.posts.read('a.md');
    expect(result).toEqual({ ok: true, value: { id: 'a.md', text: 'x', bom: false, version: 'v' } });
    expect(fetch).toHaveBeenCalledWith('/api/posts/read', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '["a.md"]',
    });
  });

  it('sends an image as the raw body of the upload route, the post and name in the query', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: { path: 'static/images/a.png', url: '/images/a.png' } }));
    const bytes = Uint8Array.from([0x89, 0x50]);
    const result = await createHttpApi(fetch).posts.saveImage({ postId: 'content/a b.md', fileName: 'a&b.png', mimeType: 'image/png', bytes });
    expect(result).toEqual({ ok: true, value: { path: 'static/images/a.png', url: '/images/a.png' } });
    expect(fetch).toHaveBeenCalledWith('/api/upload/image?post=content%2Fa+b.md&name=a%26b.png', { method: 'POST', headers: { 'content-type': 'image/png' }, body: bytes });
  });

  it('says why an upload was refused before it was read', async () => {
    const api = createHttpApi(async () => new Response('The image is over 20 MB; make it smaller first.', { status: 413 }));
    const result = await api.posts.saveImage({ postId: 'a.md', fileName: 'a.png', mimeType: 'image/png', bytes: new Uint8Array(1) });
    expect(!result.ok && result.error.message).toContain('over 20 MB');
  });

  it('passes API errors through as they are', async () => {
    const api = createHttpApi(async () => json(200, { ok: false, error: { code: 'CONFLICT', message: 'Changed.' } }));
    expect(await api.posts.save({ id: 'a.md', text: '', bom: false, baseVersion: null })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Changed.' },
    });
  });

  it('turns a refused request into an INTERNAL error, keeping the server message', async () => {
    const api = createHttpApi(async () => json(403, { ok: false, error: { code: 'INVALID', message: 'Missing or wrong token.' } }));
    const result = await api.posts.list();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).toContain('HTTP 403');
      expect(result.error.message).toContain('Missing or wrong token.');
    }
  });

  it('never throws: a dead server or a non-JSON answer is an INTERNAL error', async () => {
    const dead = createHttpApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await dead.app.info()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const garbage = createHttpApi(async () => new Response('<html>', { status: 200 }));
    expect(await garbage.app.info()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const html500 = createHttpApi(async () => new Response('oops', { status: 500 }));
    expect(await html500.folder.current()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
