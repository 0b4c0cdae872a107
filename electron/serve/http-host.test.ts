import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../services/create-app-services';
import { fixtureBlog, tempFolder } from '../services/testing/temp-folder';
import { startHttpHost, type HttpHost } from './http-host';

let host: HttpHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<HttpHost> {
  const staticDir = await tempFolder();
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Postwright</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const api = await createAppServices({
    userDataDir: await tempFolder(),
    sampleBlogSource: join(import.meta.dirname, '../../assets/sample-blog'),
    dialogs: null,
    transport: 'http',
    version: '1.0.0',
    platform: 'linux',
    folder: await fixtureBlog(),
  });
  host = await startHttpHost({ api, staticDir });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests control every header (fetch would add or forbid some). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (h: HttpHost, route: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(`${h.origin}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-postwright-token': h.token, ...headers },
    body: JSON.stringify(args),
  });

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

  it('trades the URL token for an HttpOnly SameSite cookie, then serves the page with a CSP', async () => {
    const h = await start();
    const first = await send(h.url);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(`${h.origin}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Postwright</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
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

  it('refuses cross-origin, non-JSON and DNS-rebound requests even with the token', async () => {
    const h = await start();
    expect((await apiCall(h, '/api/posts/list', [], { origin: 'https://evil.example' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { host: 'evil.example' })).status).toBe(403);
    expect((await apiCall(h, '/api/posts/list', [], { origin: h.origin })).status).toBe(200);
  });

  it('serves only files inside the renderer folder', async () => {
    const h = await start();
    const headers = { 'x-postwright-token': h.token };
    expect((await send(`${h.origin}/assets/app.js`, { headers })).headers['content-type']).toMatch(/javascript/);
    expect((await send(`${h.origin}/../../package.json`, { headers })).status).toBe(404);
    expect((await send(`${h.origin}/%2e%2e/%2e%2e/package.json`, { headers })).status).toBe(404);
    expect((await send(`${h.origin}/missing.js`, { headers })).status).toBe(404);
  });
});
