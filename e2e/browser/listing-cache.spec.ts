import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSource, startServe } from '../support/serve-fixture';

/**
 * The listing cache kept in user data: after a restart the host answers the first listing from it
 * at once, then checks it; posts changed, removed or added while the app was closed (no watcher
 * saw them) must reach the page without the writer doing anything.
 */
let dir: string;
let child: ChildProcess | undefined;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-listing-cache-'));
  await cp(fixtureSource, join(dir, 'blog'), { recursive: true });
});
test.afterEach(async () => {
  child?.kill();
  child = undefined;
  await rm(dir, { recursive: true, force: true });
});

const postButtons = (page: Page) => page.getByRole('navigation', { name: 'Posts' }).getByRole('button');

async function serve(page: Page): Promise<void> {
  const started = await startServe(join(dir, 'blog'), join(dir, 'user-data'));
  child = started.child;
  await page.goto(started.url);
}

test('after a restart, posts changed while the app was closed replace the cached list by themselves', async ({ page }) => {
  const blog = join(dir, 'blog');
  await serve(page);
  await expect(postButtons(page).filter({ hasText: 'Hello World' })).toBeVisible();
  // The cache (and the head file the first page is read from) is written after the listing is answered.
  await expect.poll(async () => (await readdir(join(dir, 'user-data', 'listing-cache')).catch(() => [])).length).toBe(2);
  child!.kill();
  child = undefined;

  // While closed: a title edited, a post deleted, one added.
  const hello = join(blog, 'hello-world.md');
  await writeFile(hello, (await readFile(hello, 'utf8')).replace('title: Hello World', 'title: Hello Again'));
  await rm(join(blog, 'windows-post.md'));
  await writeFile(join(blog, 'fresh-arrival.md'), '---\ntitle: Fresh Arrival\ndate: 2024-05-01\n---\n\nNew.\n');

  await serve(page);
  await expect(postButtons(page).filter({ hasText: 'Fresh Arrival' })).toBeVisible();
  await expect(postButtons(page).filter({ hasText: 'Hello Again' })).toBeVisible();
  await expect(postButtons(page).filter({ hasText: 'Hello World' })).toHaveCount(0);
  await expect(postButtons(page).filter({ hasText: 'Windows Post' })).toHaveCount(0);
});
