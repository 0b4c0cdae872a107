import { request } from 'node:http';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBlog, tempFolder } from '../services/testing/temp-folder';
import { testServices } from '../services/testing/test-services';
import { startHttpHost, type HttpHost } from './http-host';

let host: HttpHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

let blogFolder = '';
async function start(): Promise<HttpHost> {
  blogFolder = await fixtureBlog();
  const staticDir = await tempFolder();
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Postwright</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const api = await testServices({ folder: blogFolder });
  host = await startHttpHost({ api, staticDir });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests control every header (fetch would add or forbid some). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // A refused upload is answered before its body is read and the connection closed: the
    // answer counts, not the write that the closed socket cut short.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(options.body);
  });
}

const apiCall = (h: HttpHost, route: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(`${h.origin}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-postwright-token': h.token, ...headers },
    body: JSON.stringify(args),
  });

const pageCookie = (reply: Reply): string => String(reply.headers['set-cookie']).split(';')[0]!;

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 and prints a URL with a long random token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('refuses every request without the right token', async () => {
    const h = await start();
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/posts/list']) {
      expect((await send(`${h.origin}${path}`)).status, path).toBe(403);
      expect((await send(`${h.origin}${path}?token=wrong`)).status, path).toBe(403);
    }
    const noToken = await send(`${h.origin}/api/posts/list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).not.toContain('Hello World');
  });

  it('serves the page for the printed URL with a CSP, and a page cookie for this port that is no API key', async () => {
    const h = await start();
    const first = await send(h.url);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>Postwright</title>');
    expect(first.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^postwright_page_${new URL(h.origin).port}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(h.token);
    // The cookie reloads the page and its files…
    expect((await send(`${h.origin}/assets/app.js`, { headers: { cookie: pageCookie(first) } })).status).toBe(200);
    // …but every other server on 127.0.0.1 receives it too, so it must open no API door.
    const withCookie = await send(`${h.origin}/api/posts/list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${pageCookie(first)}; postwright_token=${h.token}` },
      body: '[]',
    });
    expect(withCookie.status).toBe(403);
    expect((await send(`${h.origin}/api/posts/list?token=${h.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' })).status).toBe(403);
  });

  it('keeps two instances apart: their own cookie names, their own tokens', async () => {
    const a = await start();
    const aHost = a;
    host = null; // keep a open while b starts; closed below
    const b = await start();
    try {
      const cookieA = pageCookie(await send(a.url));
      const cookieB = pageCookie(await send(b.url));
      expect(cookieA.split('=')[0]).not.toBe(cookieB.split('=')[0]);
      expect((await send(`${a.origin}/`, { headers: { cookie: `${cookieB}; ${cookieA}` } })).status).toBe(200);
      expect((await send(`${b.origin}/`, { headers: { cookie: `${cookieA}; ${cookieB}` } })).status).toBe(200);
      expect((await apiCall(b, '/api/posts/list', [], { 'x-postwright-token': a.token })).status).toBe(403);
      expect((await apiCall(a, '/api/posts/list', [])).status).toBe(200);
      expect((await apiCall(b, '/api/posts/list', [])).status).toBe(200);
    } finally {
      await aHost.close();
    }
  });

  it('serves the API through the routes derived from the method list', async () => {
    const h = await start();
    const listed = JSON.parse((await apiCall(h, '/api/posts/list', [])).body);
    expect(listed.ok).toBe(true);
    expect(listed.value.posts[0].title).toBe('Hello World');
    const read = JSON.parse((await apiCall(h, '/api/posts/read', ['../secret.md'])).body);
    expect(read).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } });
    const info = JSON.parse((await apiCall(h, '/api/app/info', [])).body);
    expect(info.value).toMatchObject({ transport: 'http', nativeDialogs: false });
    expect((await apiCall(h, '/api/posts/nope', [])).status).toBe(404);
    expect(JSON.parse((await apiCall(h, '/api/posts/read', { id: 1 } as never)).body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it.each([
    ['an object with toString for an id', '/api/posts/read', '[{"toString":1}]'],
    ['an object with toString for a folder', '/api/folder/open', '[{"toString":1}]'],
    ['a save with an object id', '/api/posts/save', '[{"id":{"a":1},"text":"x","bom":false,"baseVersion":null}]'],
    ['a save without text', '/api/posts/save', '[{"id":"hello-world.md","bom":false,"baseVersion":null}]'],
    ['three million arguments', '/api/posts/list', `[${'0,'.repeat(3_000_000)}0]`],
    ['a five-million-deep array', '/api/posts/list', `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`],
    ['a deep object', '/api/posts/read', `[${'{"a":'.repeat(100)}1${'}'.repeat(100)}]`],
    ['not JSON', '/api/posts/list', '[1,'],
    ['JSON that is not a list', '/api/posts/list', '{"0":1}'],
  ])('answers INVALID, not 500, to %s', async (_name, route, body) => {
    const h = await start();
    const reply = await send(`${h.origin}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-postwright-token': h.token },
      body,
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('accepts the page under localhost and [::1] as under 127.0.0.1, and refuses other origins', async () => {
    const h = await start();
    const port = new URL(h.origin).port;
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      const reply = await apiCall(h, '/api/posts/list', [], { host: `${name}:${port}`, origin: `http://${name}:${port}`, 'sec-fetch-site': 'same-origin' });
      expect(reply.status, name).toBe(200);
    }
    expect((await send(h.url.replace('127.0.0.1', 'localhost'), { headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await apiCall(h, '/api/posts/list', [], { origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { host: `localhost:${port}`, origin: `http://127.0.0.1:${port}` })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('refuses cross-origin, non-JSON and DNS-rebound requests even with the token', async () => {
    const h = await start();
    expect((await apiCall(h, '/api/posts/list', [], { origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { host: 'evil.example' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { origin: h.origin })).status).toBe(200);
  });

  it('serves only files inside the renderer folder', async () => {
    const h = await start();
    const headers = { cookie: pageCookie(await send(h.url)) };
    expect((await send(`${h.origin}/assets/app.js`, { headers })).headers['content-type']).toMatch(/javascript/);
    expect((await send(`${h.origin}/../../package.json`, { headers })).status).toBe(404);
    expect((await send(`${h.origin}/%2e%2e/%2e%2e/package.json`, { headers })).status).toBe(404);
    expect((await send(`${h.origin}/missing.js`, { headers })).status).toBe(404);
  });
});

describe('the image upload route', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const upload = (h: HttpHost, body: Buffer, { query = 'post=hello-world.md&name=Cat.png', headers = {} }: { query?: string; headers?: Record<string, string> } = {}) =>
    send(`${h.origin}/api/upload/image?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'content-length': String(body.length), 'x-postwright-token': h.token, ...headers },
      body,
    });
  const assetsOf = () => readdir(join(blogFolder, 'hello-world-assets')).catch(() => [] as string[]);

  it('saves the bytes beside the post and answers the URL to write', async () => {
    const h = await start();
    const reply = await upload(h, PNG, { headers: { origin: h.origin, 'sec-fetch-site': 'same-origin' } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { path: 'hello-world-assets/cat.png', url: 'hello-world-assets/cat.png' } });
    expect(await readFile(join(blogFolder, 'hello-world-assets/cat.png'))).toEqual(PNG);
  });

  it('refuses without the header token, with the page cookie alone, or from another origin', async () => {
    const h = await start();
    const page = await send(`${h.origin}/?token=${h.token}`);
    expect((await upload(h, PNG, { headers: { 'x-postwright-token': '' } })).status).toBe(403);
    expect((await upload(h, PNG, { headers: { 'x-postwright-token': 'wrong' } })).status).toBe(403);
    expect((await upload(h, PNG, { headers: { 'x-postwright-token': '', cookie: pageCookie(page) } })).status).toBe(403);
    expect((await upload(h, PNG, { headers: { origin: 'http://127.0.0.1:1' } })).status).toBe(403);
    expect((await upload(h, PNG, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect(await assetsOf()).toEqual([]);
  });

  it('refuses a form-sendable or non-image type, GET, and a missing length', async () => {
    const h = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/svg+xml', 'application/json']) {
      expect((await upload(h, PNG, { headers: { 'content-type': type } })).status, type).toBe(415);
    }
    expect((await send(`${h.origin}/api/upload/image?post=hello-world.md`, { headers: { 'x-postwright-token': h.token } })).status).toBe(405);
    const chunked = await send(`${h.origin}/api/upload/image?post=hello-world.md&name=a.png`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'transfer-encoding': 'chunked', 'x-postwright-token': h.token },
      body: PNG,
    });
    expect(chunked.status).toBe(411);
    expect(await assetsOf()).toEqual([]);
  });

  it('refuses an oversized declared length without waiting for the body, and a truncated image', async () => {
    const h = await start();
    // Only 16 bytes follow: an answer (not a hang) proves nothing waited for the 20 MB.
    const tooBig = await upload(h, PNG, { headers: { 'content-length': String(20 * 1024 * 1024 + 1) } });
    expect(tooBig.status).toBe(413);
    const truncated = await send(`${h.origin}/api/upload/image?post=hello-world.md&name=a.png`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'content-length': '4', 'x-postwright-token': h.token },
      body: PNG.subarray(0, 4),
    });
    expect(JSON.parse(truncated.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await assetsOf()).toEqual([]);
  });

  it('goes by the bytes, not the declared type: HTML or SVG labelled image/png is refused', async () => {
    const h = await start();
    for (const body of ['<!doctype html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>']) {
      const reply = await upload(h, Buffer.from(body));
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(await assetsOf()).toEqual([]);
  });

  it('never writes outside the folder, whatever the post id or file name say', async () => {
    const h = await start();
    for (const query of ['post=../escape.md&name=a.png', 'post=%2Fetc%2Fx.md&name=a.png', 'post=notes%2F..%2F..%2Fx.md&name=a.png', 'name=a.png']) {
      const reply = JSON.parse((await upload(h, PNG, { query })).body) as { ok: boolean; error?: { code: string } };
      expect(reply.ok, query).toBe(false);
      expect(['OUTSIDE_FOLDER', 'INVALID'], query).toContain(reply.error!.code);
    }
    const named = JSON.parse((await upload(h, PNG, { query: `post=hello-world.md&name=${encodeURIComponent('../../../etc/passwd.png')}` })).body);
    expect(named).toEqual({ ok: true, value: { path: 'hello-world-assets/etc-passwd.png', url: 'hello-world-assets/etc-passwd.png' } });
  });

  it('the JSON route of posts.saveImage cannot smuggle bytes as an object', async () => {
    const h = await start();
    const reply = await apiCall(h, '/api/posts/saveImage', [{ postId: 'hello-world.md', fileName: 'a.png', mimeType: 'image/png', bytes: { 0: 137 } }]);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });
});
