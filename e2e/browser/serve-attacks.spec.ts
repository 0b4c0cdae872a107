import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixtureSource, startServe, test } from '../support/serve-fixture';
import { postButton } from '../support/editor';

/** Another web server on 127.0.0.1 that records every Cookie header the browser sends it. */
async function snoopingServer(): Promise<{ origin: string; cookies: string[]; server: Server }> {
  const cookies: string[] = [];
  const server = createServer((request, response) => {
    if (request.headers.cookie) cookies.push(request.headers.cookie);
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>Other local app</title><p>hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, cookies, server };
}

test('another local web server in the same browser receives no credential that opens the API or the images', async ({ page, blog, request }) => {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(blog.folder, 'private.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64'));
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  const snoop = await snoopingServer();
  try {
    await page.goto(snoop.origin);
    await page.goto(`${snoop.origin}/again`);
    // Whatever the browser handed the other server, replayed against Postwright, opens nothing.
    for (const cookie of snoop.cookies) {
      const replay = await request.post(`${blog.origin}/api/posts/list`, { data: [], headers: { cookie } });
      expect(replay.status()).toBe(403);
      expect(await replay.text()).not.toContain('Hello World');
      // Nor the folder's images: they need a key no cookie carries.
      const image = await request.get(`${blog.origin}/_folder/private.png`, { headers: { cookie } });
      expect(image.status()).toBe(403);
      for (const part of cookie.split(';')) {
        const value = part.split('=').slice(1).join('=').trim();
        const asToken = await request.post(`${blog.origin}/api/posts/list`, { data: [], headers: { 'x-postwright-token': value } });
        expect(asToken.status()).toBe(403);
      }
    }
    // The other page's own script cannot call the API either (no token, cross-origin).
    const fromOther = await page.evaluate(async (url) => {
      try {
        const r = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '[]' });
        return `${r.status}`;
      } catch (error) {
        return `blocked: ${String(error)}`;
      }
    }, `${blog.origin}/api/posts/list`);
    expect(fromOther).not.toBe('200');
  } finally {
    snoop.server.close();
  }
});

test('a second serve instance in the same browser does not log the first one out', async ({ page, blog, context }) => {
  const dir = await mkdtemp(join(tmpdir(), 'postwright-e2e-second-'));
  const folder = join(dir, 'blog');
  await cp(fixtureSource, folder, { recursive: true });
  const second = await startServe(folder, join(dir, 'user-data'));
  try {
    await page.goto(blog.url);
    await expect(postButton(page, /Hello World/)).toBeVisible();
    const other = await context.newPage();
    await other.goto(second.url);
    await expect(postButton(other, /Hello World/)).toBeVisible();
    // Both tabs keep working, reloads included.
    await page.reload();
    await expect(postButton(page, /Second Post/)).toBeVisible();
    await postButton(page, /Second Post/).click();
    await expect(page.locator('.cm-content')).toContainText('A table');
    await other.reload();
    await postButton(other, /Second Post/).click();
    await expect(other.locator('.cm-content')).toContainText('A table');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(other.getByRole('alert')).toHaveCount(0);
  } finally {
    second.child.kill();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the printed URL works under localhost too, and the token leaves the address bar', async ({ page, blog }) => {
  const url = new URL(blog.url);
  url.hostname = 'localhost';
  await page.goto(url.href);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  await postButton(page, /Hello World/).click();
  await expect(page.locator('.cm-content')).toContainText('Hello');
  expect(page.url()).not.toContain('token=');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
