import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { fixtureSource, projectRoot } from '../support/serve-fixture';

const run = promisify(execFile);
let root: string;
let blog: string;

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'postwright-site-e2e-'));
  blog = join(root, 'blog');
  await cp(fixtureSource, blog, { recursive: true });
  await writeFile(join(blog, 'postwright-site.json'), JSON.stringify({ title: 'Fixture Blog', author: 'Sam', baseUrl: 'https://fixture.example/' }));
  await writeFile(join(blog, 'linking.md'), '---\ntitle: Linking Post\ndate: 2030-01-01\ntags: [meta]\n---\nSee [hello](hello-world.md). <img src="x.png" onerror="alert(1)">\n');
});

test.afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Serves a folder the way a static host does: `/slug/` is `/slug/index.html`. */
async function serveFolder(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    readFile(join(folder, path)).then(
      (body) => res.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

const cli = (...args: string[]) => run(process.execPath, [join(projectRoot, 'out', 'main', 'cli.js'), ...args], { cwd: root });

test('the exported site: index → post → back, no script, nothing loaded from elsewhere', async ({ browser }) => {
  const { stdout } = await cli('export', 'blog', '--out', 'site');
  expect(stdout).toMatch(/Exported \d+ posts/);
  const { server, origin } = await serveFolder(join(root, 'site'));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  try {
    await page.goto(`${origin}/`);
    await expect(page.locator('.site-name')).toHaveText('Fixture Blog');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.post-list h2').first()).toHaveText('Linking Post');
    await page.getByRole('link', { name: 'Linking Post' }).click();
    await expect(page).toHaveURL(`${origin}/linking/`);
    await expect(page.locator('h1.post-title')).toHaveText('Linking Post');
    expect(await page.locator('script, [onerror]').count()).toBe(0);
    await page.getByRole('link', { name: 'hello' }).click();
    await expect(page).toHaveURL(`${origin}/hello-world/`);
    await page.getByRole('link', { name: '← back to blog' }).click();
    await expect(page).toHaveURL(`${origin}/`);
    await page.goBack();
    await expect(page).toHaveURL(`${origin}/hello-world/`);
    await page.goBack();
    await expect(page.locator('h1.post-title')).toHaveText('Linking Post');
    await page.getByRole('link', { name: 'meta' }).first().click();
    await expect(page.locator('.page-title')).toHaveText('Tagged “meta”');
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

test('a flat export opens from disk offline and its links work', async ({ browser }) => {
  await cli('export', 'blog', '--out', 'flat', '--flat');
  const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) foreign.push(request.url());
  });
  await page.goto(`file://${join(root, 'flat', 'index.html')}`);
  await page.getByRole('link', { name: 'Linking Post' }).click();
  await expect(page.locator('h1.post-title')).toHaveText('Linking Post');
  await page.getByRole('link', { name: '← back to blog' }).click();
  await expect(page.locator('.site-name')).toHaveText('Fixture Blog');
  expect(foreign).toEqual([]);
  await context.close();
});
