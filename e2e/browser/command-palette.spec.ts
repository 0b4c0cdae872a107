import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/serve-fixture';
import { editorContent, modKey, postButton } from '../support/editor';

const palette = (page: Page) => page.getByRole('combobox', { name: 'Command palette' });
const switcher = (page: Page) => page.getByRole('combobox', { name: 'Go to post' });
const editorFocused = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);

/** Opens a post with the quick switcher, from the keyboard alone. */
async function goToPost(page: Page, query: string, expectText: string): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Posts' }).getByRole('button').first()).toBeVisible(); // the folder is listed
  await page.keyboard.press(`${modKey}+p`);
  await expect(switcher(page)).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(editorContent(page)).toContainText(expectText);
}

test('the quick switcher opens a post by title, and the palette saves it, keyboard only', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();

  await goToPost(page, 'hello wrld', 'This is the');
  await expect(switcher(page)).toBeHidden();
  expect(await editorFocused(page)).toBe(true);
  await page.keyboard.press(`${modKey}+End`);
  await page.keyboard.type(' Saved from the palette.');
  await expect(page).toHaveTitle(/^• Hello World/);

  await page.keyboard.press(`${modKey}+Shift+P`);
  await expect(palette(page)).toBeFocused();
  await page.keyboard.type('save');
  // Scoped to the palette: the sidebar's sort and filter selects have selected options too.
  await expect(page.locator('.palette-list').getByRole('option', { selected: true })).toContainText('File: Save');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(`${before} Saved from the palette.`);
  expect(await editorFocused(page)).toBe(true); // back to writing
});

test('the palette runs New Post from the keyboard alone', async ({ page, blog }) => {
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  await page.keyboard.press('F1');
  await expect(palette(page)).toBeFocused();
  await page.keyboard.type('new post');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('From the palette');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editorContent(page)).toContainText('title: From the palette');
  expect((await stat(join(blog.folder, 'from-the-palette.md'))).isFile()).toBe(true);
});

test('the palette is a combobox over a listbox: arrows move, Escape closes and gives focus back', async ({ page, blog }) => {
  await page.goto(blog.url);
  await goToPost(page, 'second', 'A table');
  await page.keyboard.press(`${modKey}+Shift+P`);
  const input = palette(page);
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox', { name: 'Command palette' });
  await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
  const options = listbox.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Only what can run now: nothing is unsaved, so no Save All; the palette does not list itself.
  await expect(options.filter({ hasText: 'Save All' })).toHaveCount(0);
  await expect(options.filter({ hasText: 'Command Palette' })).toHaveCount(0);
  await expect(options.filter({ hasText: 'File: Save' })).toContainText(process.platform === 'darwin' ? '⌘S' : 'Ctrl+S');

  await page.keyboard.press('ArrowDown');
  const second = options.nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.type('zzzz');
  await expect(page.getByRole('status').filter({ hasText: 'No command matches.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(input).toBeHidden();
  expect(await editorFocused(page)).toBe(true);
});

test('switching folder with unsaved posts offers Save all, which saves them first', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await goToPost(page, 'hello', 'This is the');
  await page.keyboard.press(`${modKey}+End`);
  await page.keyboard.type(' Keep me.');
  await page.keyboard.press(`${modKey}+o`);
  const prompt = page.getByRole('dialog', { name: 'Save your changes first?' });
  await expect(prompt).toContainText('Hello World');
  await expect(prompt.getByRole('button', { name: 'Discard' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Open folder' })).toBeVisible();
  expect(await readFile(path, 'utf8')).toBe(`${before} Keep me.`);
});
