import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, openPost, postButton, preview, typeAtEnd } from '../support/editor';

test('creates a post from a title: <slug>.md with YAML front matter, opened in the editor', async ({ page, blog }) => {
  await page.goto(blog.url);
  await page.getByRole('button', { name: 'New post…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await dialog.getByLabel('Title').fill('My Trip: Day 1');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(postButton(page, /My Trip: Day 1/)).toBeVisible();
  await expect(editorContent(page)).toContainText('title: "My Trip: Day 1"');
  await expect(preview(page).locator('h1.post-title')).toHaveText('My Trip: Day 1');
  const text = await readFile(join(blog.folder, 'my-trip-day-1.md'), 'utf8');
  // The keys of the folder's newest post (hello-world.md: title, date, tags), values fresh.
  expect(text).toMatch(/^---\ntitle: "My Trip: Day 1"\ndate: \d{4}-\d{2}-\d{2}\ntags: \[\]\n---\n\n$/);
});

test('exports the open post, unsaved edits included, to one standalone HTML file', async ({ page, blog, browser }) => {
  await page.goto(blog.url);
  await openPost(page, /Second Post/, 'A table');
  await typeAtEnd(page, '\nUnsaved *edit*.\n');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('second-post.html');
  const file = join(blog.folder, '..', 'second-post.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<title>Second Post</title>');
  expect(html).toContain('<time datetime="2024-01-15">2024-01-15</time>');
  expect(html).toContain('<td>1</td>');
  expect(html).toContain('Unsaved <em>edit</em>.');
  expect(html).toMatch(/<style>[\s\S]+<\/style>/);
  expect(html).not.toMatch(/<script|<link|src="http/i);
  expect((await stat(file)).size).toBeGreaterThan(1000);

  // It opens from disk with the network cut off and looks like the preview.
  const offline = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const viewer = await offline.newPage();
  const requests: string[] = [];
  viewer.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await viewer.goto(`file://${file}`);
  await expect(viewer.locator('h1.post-title')).toHaveText('Second Post');
  await expect(viewer.locator('table')).toBeVisible();
  expect(await viewer.locator('th').first().evaluate((th) => getComputedStyle(th).borderTopStyle)).toBe('solid');
  expect(requests).toEqual([]);
  await offline.close();
  await expect(preview(page).locator('h1.post-title')).toHaveText('Second Post');
});
