import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { editorContent, modKey, openPost, postButton, preview, typeAtEnd } from '../support/editor';
import { expect, test } from '../support/serve-fixture';
import { watcherLive } from '../support/watch';

/**
 * The app from the keyboard alone: after page.goto nothing but page.keyboard drives it. Every
 * step checks where focus is, since that is what a keyboard user has to go on.
 */

const postList = (page: Page) => page.getByRole('navigation', { name: 'Posts' });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 80) ?? '');
const editorFocused = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);

/** The focused row: its place in the whole list (aria-posinset of aria-setsize), rendered or not. */
const cursorPosition = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement?.closest('li');
    return { at: Number(row?.getAttribute('aria-posinset')), of: Number(row?.getAttribute('aria-setsize')) };
  });
const focusedRow = (page: Page) => postList(page).locator('button:focus');

/** Presses `key` until `target` has focus (at most `limit` times), as a user tabbing towards it would. */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** A post long enough that its preview scrolls. */
const longPost = `---\ntitle: A Long Read\ndate: 2020-06-01\n---\n\n${Array.from({ length: 60 }, (_, i) => `## Part ${i + 1}\n\nParagraph ${i + 1} of a long read, with enough words to wrap across the preview.\n`).join('\n')}`;

test('skip link, post list, palette, dialogs and preview, keyboard only', async ({ page, blog }) => {
  await writeFile(join(blog.folder, 'a-long-read.md'), longPost);
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();

  // The first Tab stop is the skip link, shown while focused; with no post open it goes to the main area.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.height).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The post list is one tab stop: Tab reaches a row, and the next Tab leaves the list.
  await page.keyboard.press('Shift+Tab'); // back to the skip link, then forwards through the sidebar
  const firstRow = postList(page).getByRole('button').first();
  await pressUntilFocused(page, 'Tab', firstRow);
  await expect(firstRow).toContainText('Hello World'); // newest first
  await page.keyboard.press('Tab');
  expect(await postList(page).evaluate((list) => list.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(firstRow).toBeFocused();

  // Arrows, End, Home and type-ahead move within it.
  await page.keyboard.press('ArrowDown');
  await expect(postButton(page, /Windows Post/)).toBeFocused();
  await page.keyboard.press('End');
  expect(await focusedText(page)).toMatch(/^A Note Without Front Matter|^A Long Read/);
  await page.keyboard.press('Home');
  await expect(postButton(page, /Hello World/)).toBeFocused();
  await page.keyboard.type('sec');
  await expect(postButton(page, /Second Post/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expect(postButton(page, /Second Post/)).toBeFocused();

  // Enter opens it.
  await page.keyboard.press('Enter');
  await expect(editorContent(page)).toContainText('A table');

  // The skip link now goes to the editor, caret and all. (Escape first: if focus went to the
  // editor on open, Escape then Shift+Tab is CodeMirror's way out, since Tab may indent there.)
  await page.keyboard.press('Escape');
  // Back past the front matter panel, the toolbar and the sidebar's outline and list.
  await pressUntilFocused(page, 'Shift+Tab', page.getByRole('link', { name: 'Skip to editor' }), 40);
  await page.keyboard.press('Enter');
  expect(await editorFocused(page)).toBe(true);

  // The palette opens by key and runs a command: Go to Post opens another post.
  await page.keyboard.press(`${modKey}+Shift+P`);
  await expect(page.getByRole('combobox', { name: 'Command palette' })).toBeFocused();
  await page.keyboard.type('go to post');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Go to post' })).toBeFocused();
  await page.keyboard.type('long read');
  await page.keyboard.press('Enter');
  await expect(editorContent(page)).toContainText('Paragraph 1 of a long read');
  expect(await editorFocused(page)).toBe(true);

  // A dialog from a toolbar button: focus inside, Escape closes it, focus goes back to the button.
  const newPostButton = page.getByRole('button', { name: /New post/ });
  await page.keyboard.press('Escape');
  await pressUntilFocused(page, 'Shift+Tab', newPostButton, 20);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  // Focus stays inside the modal dialog while tabbing.
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), `focus inside the dialog after ${key}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(newPostButton).toBeFocused();

  // The splitter and then the preview follow the editor in the Tab order.
  await pressUntilFocused(page, 'Tab', page.getByRole('link', { name: 'Skip to editor' }), 30);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape'); // CodeMirror's way out of the editor before Tab
  await page.keyboard.press('Tab');
  const splitter = page.getByRole('separator', { name: 'Resize editor and preview' });
  await expect(splitter).toBeFocused();
  await expect(splitter).toHaveAttribute('aria-controls', (await page.getByRole('region', { name: 'Editor' }).getAttribute('id'))!);
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 5));
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before));

  await page.keyboard.press('Tab');
  await expect(preview(page)).toBeFocused();
  // Scroll sync may have moved it with the editor: measure from where it is now.
  const scroller = preview(page);
  const top = await scroller.evaluate((element) => element.scrollTop);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(top + 200);
  const afterPage = await scroller.evaluate((element) => element.scrollTop);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(afterPage);
  await page.keyboard.press('Home');
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
});

test('the post list keeps its one tab stop when the focused row scrolls out of the virtual window', async ({ page, blog }) => {
  await Promise.all(
    Array.from({ length: 300 }, (_, i) =>
      writeFile(join(blog.folder, `bulk-${String(i).padStart(3, '0')}.md`), `---\ntitle: Bulk ${String(i).padStart(3, '0')}\ndate: 2010-01-01\n---\nBody ${i}\n`),
    ),
  );
  await page.goto(blog.url);
  const firstRow = postList(page).getByRole('button').first();
  await expect(page.getByText(/30\d posts/)).toBeVisible();
  const count = Number(await page.locator('.post-list li').first().getAttribute('aria-setsize'));
  await pressUntilFocused(page, 'Tab', firstRow);

  // End renders and focuses the last of 300+ rows; PageUp moves a screenful up from it.
  await page.keyboard.press('End');
  await expect.poll(() => cursorPosition(page)).toEqual({ at: count, of: count });
  await expect(focusedRow(page)).toBeInViewport();
  await page.keyboard.press('PageUp');
  const paged = await cursorPosition(page);
  expect(paged.at).toBeLessThan(count - 5);
  expect(paged.at).toBeGreaterThan(count - 20);
  const cursor = await focusedText(page);

  // Scrolled back to the top (wheel, not keys): the cursor row stays in the page and keeps focus.
  await postList(page).evaluate((list) => (list.scrollTop = 0));
  await expect(postButton(page, /Hello World/)).toBeInViewport(); // the virtualizer has drawn the rows at the top
  expect(await focusedText(page)).toBe(cursor);
  await expect(postList(page).locator('button[tabindex="0"]')).toHaveCount(1);

  // ArrowDown goes on from the cursor and scrolls it back into view.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => cursorPosition(page)).toEqual({ at: paged.at + 1, of: count });
  await expect(focusedRow(page)).toBeInViewport();

  // Leaving and coming back lands on the same row, even though it is far from the rows in view.
  await page.keyboard.press('Tab');
  await postList(page).evaluate((list) => (list.scrollTop = 0));
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => cursorPosition(page)).toEqual({ at: paged.at + 1, of: count });
});

test('the compare view takes a change from the file with the keyboard', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(page, '\nMy unsaved line.');
  await writeFile(path, (await readFile(path, 'utf8')).replace('# Welcome', '# Welcome from git'));

  const bar = page.getByRole('alert').filter({ hasText: 'was changed by another program' });
  await expect(bar).toBeVisible();
  await page.keyboard.press('Escape'); // out of the editor, the CodeMirror way
  await pressUntilFocused(page, 'Tab', bar.getByRole('button', { name: 'Compare…' }), 30);
  await page.keyboard.press('Enter');
  const compare = page.getByRole('region', { name: /Compare “Hello World”/ });
  const mine = compare.getByRole('textbox', { name: 'Your text' });
  await expect(compare.locator('.cm-changedLine').first()).toBeVisible();

  // The first change's arrow takes the file's heading into the writer's text; the rest stays.
  const take = compare.getByRole('button', { name: 'Revert this chunk' }).first();
  await pressUntilFocused(page, 'Tab', take, 10);
  await page.keyboard.press('Enter');
  await expect(mine).toContainText('# Welcome from git');
  await expect(mine).toContainText('My unsaved line.');
});
