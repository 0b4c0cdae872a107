import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { postButton } from '../support/editor';

test('refuses every request without the token', async ({ page, blog, request }) => {
  const response = await page.goto(blog.origin);
  expect(response?.status()).toBe(403);
  await expect(page.locator('body')).toContainText('missing or wrong token');
  const api = await request.post(`${blog.origin}/api/posts/list`, { data: [] });
  expect(api.status()).toBe(403);
  expect(await api.text()).not.toContain('Hello World');
  expect((await request.get(`${blog.origin}/?token=not-the-token`)).status()).toBe(403);
});

test('opens another folder by path when the host has no native dialog', async ({ page, blog }) => {
  const other = join(blog.folder, '..', 'other-blog');
  await mkdir(other);
  await writeFile(join(other, 'elsewhere.md'), '---\ntitle: Elsewhere\n---\nHi\n');
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  await page.getByRole('button', { name: 'Open folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  await dialog.getByLabel('Folder path').fill(join(blog.folder, 'missing'));
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog).toContainText('There is no folder at');
  await dialog.getByLabel('Folder path').fill(other);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(postButton(page, /Elsewhere/)).toBeVisible();
  await expect(postButton(page, /Hello World/)).toHaveCount(0);
});
