import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, postButton } from '../support/editor';
import { watcherLive } from '../support/watch';

test('binary and non-UTF-8 files are listed as skipped with the reason, and left byte for byte', async ({ page, blog }) => {
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]);
  const latin1 = Buffer.from('caf\xe9 au lait\n', 'latin1');
  await writeFile(join(blog.folder, 'image.md'), binary);
  await writeFile(join(blog.folder, 'latin1.md'), latin1);
  await page.goto(blog.url);
  const skipped = page.locator('details.skipped-files');
  await expect(skipped.locator('summary')).toHaveText('2 files skipped');
  await skipped.locator('summary').click();
  await expect(skipped.getByRole('listitem').filter({ hasText: 'image.md' })).toContainText(/binary/i);
  await expect(skipped.getByRole('listitem').filter({ hasText: 'latin1.md' })).toContainText(/UTF-8/);
  await expect(postButton(page, /image|latin1/)).toHaveCount(0);

  // One becomes binary while the page is open: it moves to the skipped list, still untouched.
  await watcherLive(page, blog.folder);
  await writeFile(join(blog.folder, 'untitled-note.md'), binary);
  await expect(skipped.locator('summary')).toHaveText('3 files skipped');
  expect(await readFile(join(blog.folder, 'image.md'))).toEqual(binary);
  expect(await readFile(join(blog.folder, 'latin1.md'))).toEqual(latin1);
});

test('a post over the large-post size asks before opening', async ({ page, blog }) => {
  const big = `---\ntitle: Big Archive\n---\n${'A line of an old archive post, kept for the record.\n'.repeat(30_000)}`;
  await writeFile(join(blog.folder, 'big-archive.md'), big);
  await page.goto(blog.url);
  await postButton(page, /Big Archive/).click();
  const dialog = page.getByRole('dialog', { name: 'Open a large post?' });
  await expect(dialog).toContainText(/“Big Archive” is 1\.\d MB/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorContent(page)).toHaveCount(0);

  await postButton(page, /Big Archive/).click();
  await dialog.getByRole('button', { name: 'Open anyway' }).click();
  await expect(editorContent(page)).toContainText('A line of an old archive post');
});
