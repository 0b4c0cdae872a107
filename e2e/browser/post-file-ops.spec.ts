import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, modKey, openPost, postButton, typeAtEnd } from '../support/editor';

const exists = (path: string) => access(path).then(() => true, () => false);

test('rename from the palette keeps the Jekyll date prefix and the open document, unsaved edits included', async ({ page, blog }) => {
  await writeFile(join(blog.folder, '2024-05-06-trip-notes.md'), '---\ntitle: Trip Notes\n---\nDay one.\n');
  await page.goto(blog.url);
  await openPost(page, /Trip Notes/, 'Day one.');
  await typeAtEnd(page, ' Unsaved.');

  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('Rename Post');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename post' });
  const field = dialog.getByRole('textbox', { name: 'File name' });
  await expect(field).toHaveValue('2024-05-06-trip-notes');
  await field.fill('summer-trip');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status')).toContainText('2024-05-06-summer-trip.md');
  expect(await exists(join(blog.folder, '2024-05-06-summer-trip.md'))).toBe(true);
  expect(await exists(join(blog.folder, '2024-05-06-trip-notes.md'))).toBe(false);
  // Same document: still unsaved, and a save writes the new file.
  await expect(editorContent(page)).toContainText('Day one. Unsaved.');
  await expect(page).toHaveTitle(/^• Trip Notes/);
  await page.keyboard.press(`${modKey}+s`);
  await expect(page).toHaveTitle(/^Trip Notes/);
  expect(await readFile(join(blog.folder, '2024-05-06-summer-trip.md'), 'utf8')).toBe('---\ntitle: Trip Notes\n---\nDay one.\n Unsaved.');
  await expect(page.getByRole('alert')).toHaveCount(0); // the watcher's echo of the rename is no conflict
  await expect(postButton(page, /Trip Notes/)).toHaveCount(1);
});

test('the list row context menu (keyboard) duplicates and trashes; Undo restores', async ({ page, blog }) => {
  await page.goto(blog.url);
  const row = postButton(page, /Second Post/);
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Post' });
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(postButton(page, /Second Post/)).toHaveCount(2);
  // Focus went back to the row the menu was opened on.
  await expect(page.locator('.post-item[title$="notes/second-post.md"]')).toBeFocused();
  expect(await exists(join(blog.folder, 'notes', 'second-post-copy.md'))).toBe(true);

  // Trash one of the two from the menu (right click this time); the HTTP host keeps it in the site.
  const files = ['second-post.md', 'second-post-copy.md'].map((name) => join(blog.folder, 'notes', name));
  await postButton(page, /Second Post/).first().click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Move to Trash' }).click();
  const notice = page.getByRole('status');
  await expect(notice).toContainText('.postwright-trash/');
  const left = await Promise.all(files.map(exists));
  expect(left.filter(Boolean)).toHaveLength(1);
  const trashed = files[left.indexOf(false)]!.split('/').pop()!;
  expect((await readdir(join(blog.folder, '.postwright-trash'), { recursive: true })).some((name) => name.endsWith(trashed))).toBe(true);
  await expect(postButton(page, /Second Post/)).toHaveCount(1);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText('Restored “Second Post”');
  expect(await Promise.all(files.map(exists))).toEqual([true, true]);
  await expect(postButton(page, /Second Post/)).toHaveCount(2);
});

test('trashing the open post from the palette closes it; Escape closes the menu without acting', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('Move Post to Trash');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Moved “Hello World”');
  await expect(postButton(page, /Hello World/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Select a post or create a new one' })).toBeVisible();

  const row = postButton(page, /Windows Post/);
  await row.focus();
  await page.keyboard.press('ContextMenu');
  await expect(page.getByRole('menu', { name: 'Post' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Post' })).toBeHidden();
  await expect(row).toBeFocused();
});
