import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, modKey, openPost, postButton, preview, typeAtEnd } from '../support/editor';

test('lists the posts newest first with titles from front matter, heading or file name', async ({ page, blog }) => {
  await page.goto(blog.url);
  const posts = page.getByRole('navigation', { name: 'Posts' }).getByRole('button');
  await expect(posts.first()).toContainText('Hello World');
  await expect(posts.nth(1)).toContainText('Windows Post');
  await expect(posts.nth(2)).toContainText('Second Post');
  await expect(postButton(page, /A Note Without Front Matter/)).toBeVisible();
  await expect(page).not.toHaveURL(/token=/); // the token left the address bar
});

test('edits a post with a live preview and saves exactly what was typed', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await expect(preview(page).locator('h1.post-title')).toHaveText('Hello World');
  await expect(preview(page).locator('em')).toHaveText('first');

  await typeAtEnd(page, '\nA **bold** new line.');
  await expect(preview(page).locator('strong')).toHaveText('bold');
  await expect(page).toHaveTitle(/^• Hello World/);

  await page.keyboard.press(`${modKey}+s`);
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(`${before}\nA **bold** new line.`);
});

test('keeps CRLF line endings and the front matter bytes when saving', async ({ page, blog }) => {
  const path = join(blog.folder, 'windows-post.md');
  await page.goto(blog.url);
  await openPost(page, /Windows Post/, 'Written on Windows');
  await typeAtEnd(page, 'Edited.\nTwice.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle(/^Windows Post/);
  expect(await readFile(path, 'utf8')).toBe('---\r\ntitle: Windows Post\r\ndate: 2024-02-01\r\n---\r\n\r\nWritten on Windows.\r\nEdited.\r\nTwice.');
});

test('keeps unsaved text and undo history per post when switching posts', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(page, ' Draft one.');
  await openPost(page, /Second Post/, 'A table');
  await expect(preview(page).locator('table')).toBeVisible();
  await openPost(page, /Hello World/, 'Draft one.');
  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+z`);
  await expect(editorContent(page)).not.toContainText('Draft one.');
  expect(await readFile(join(blog.folder, 'hello-world.md'), 'utf8')).not.toContain('Draft one.');
});

test('never overwrites a file changed on disk without asking', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await writeFile(path, 'Changed by another program.\n');
  await typeAtEnd(page, ' Mine.');
  await page.keyboard.press(`${modKey}+s`);
  const dialog = page.getByRole('dialog', { name: 'File changed on disk' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await readFile(path, 'utf8')).toBe('Changed by another program.\n');
  await expect(editorContent(page)).toContainText('Mine.');

  await page.keyboard.press(`${modKey}+s`);
  await page.getByRole('dialog', { name: 'File changed on disk' }).getByRole('button', { name: 'Overwrite' }).click();
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(`${original} Mine.`);
});
