import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, openPost, postButton, typeAtEnd } from '../support/editor';
import { watcherLive } from '../support/watch';

// Another program (an editor, git) changes the folder while the page is open: what the writer sees.

const status = (page: Page) => page.getByRole('status');

test('a clean open post changed on disk reloads in place, cursor kept, with a brief notice', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  // The cursor sits in "Welcome"; the outside edit is below it.
  await page.locator('.cm-line', { hasText: 'Welcome' }).click();
  await page.keyboard.press('End');
  const before = await readFile(path, 'utf8');
  await writeFile(path, before.replace('This is the *first* post.', 'This is the *first* post, edited in another editor.'));

  await expect(editorContent(page)).toContainText('edited in another editor');
  await expect(status(page)).toContainText('changed by another program and reloaded');
  await expect(page).toHaveTitle(/^Hello World/); // still clean: nothing to save
  // The cursor stayed at the end of "# Welcome": typing lands there.
  await page.keyboard.type('!');
  await expect(page.locator('.cm-line', { hasText: 'Welcome' })).toHaveText('# Welcome!');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with unsaved edits an outside change asks: keep mine, take theirs, or compare; nothing is overwritten', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(page, '\nMy unsaved line.');
  const theirs = original.replace('# Welcome', '# Welcome from git');
  await writeFile(path, theirs);

  const bar = page.getByRole('alert').filter({ hasText: 'was changed by another program' });
  await expect(bar).toBeVisible();
  await expect(editorContent(page)).toContainText('My unsaved line.'); // the edits are still there
  expect(await readFile(path, 'utf8')).toBe(theirs); // and nothing was written

  // Compare: both texts side by side in a merge view.
  await bar.getByRole('button', { name: 'Compare…' }).click();
  const compare = page.getByRole('region', { name: /Compare “Hello World”/ });
  await expect(compare.getByRole('textbox', { name: 'Your text' })).toContainText('My unsaved line.');
  await expect(compare.getByRole('textbox', { name: 'Text on disk' })).toContainText('Welcome from git');
  await expect(compare.locator('.cm-changedLine').first()).toBeVisible();
  await compare.getByRole('button', { name: 'Back to editing' }).click();

  // Keep mine: the bar goes, the text stays unsaved, and the next save replaces the file without asking.
  await bar.getByRole('button', { name: 'Keep mine' }).click();
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(`${original}\nMy unsaved line.`);

  // Take theirs: the file's text comes in, and Undo brings the writer's back.
  await typeAtEnd(page, '\nAnother unsaved line.');
  await writeFile(path, theirs);
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'Take theirs' }).click();
  await expect(bar).toBeHidden();
  await expect(editorContent(page)).toContainText('Welcome from git');
  await expect(editorContent(page)).not.toContainText('Another unsaved line.');
  await expect(page).toHaveTitle(/^Hello World/);
  await editorContent(page).click();
  await page.keyboard.press('Control+z');
  await expect(editorContent(page)).toContainText('Another unsaved line.');
});

test('a deleted open post keeps its text and offers to save it again', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  await rm(path);

  const bar = page.getByRole('alert').filter({ hasText: 'is no longer on disk' });
  await expect(bar).toBeVisible();
  await expect(page.getByText('changed by another program')).toHaveCount(0);
  await expect(editorContent(page)).toContainText('This is the');
  await expect(postButton(page, /Hello World/)).toHaveCount(0); // gone from the list

  await bar.getByRole('button', { name: 'Save again' }).click();
  await expect(bar).toBeHidden();
  await expect.poll(() => readFile(path, 'utf8').catch(() => null)).toBe(original);
  await expect(postButton(page, /Hello World/)).toBeVisible();
});

test('posts added and renamed outside show up; a vanished folder is reported', async ({ page, blog }) => {
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await writeFile(join(blog.folder, 'from-git.md'), '---\ntitle: Pulled From Git\n---\nHi\n');
  await expect(postButton(page, /Pulled From Git/)).toBeVisible();

  // A rename is a remove and an add: the list has the post once, under its new file; the
  // document open on the old file keeps its text and says the file is gone.
  await openPost(page, /Pulled From Git/, 'Hi');
  await rename(join(blog.folder, 'from-git.md'), join(blog.folder, 'renamed-in-git.md'));
  await expect(page.getByRole('alert').filter({ hasText: 'is no longer on disk' })).toBeVisible();
  await expect(postButton(page, /Pulled From Git/)).toHaveCount(1);
  await postButton(page, /Pulled From Git/).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is no longer on disk' })).toBeHidden(); // the new file, in step

  await rm(blog.folder, { recursive: true, force: true });
  await expect(page.getByRole('alert').filter({ hasText: 'is no longer there' })).toBeVisible();
  await mkdir(blog.folder, { recursive: true }); // for the fixture's cleanup
});

test('a burst of 500 changed files (a git checkout) updates the list without freezing the page', async ({ page, blog }) => {
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  const burst = join(blog.folder, 'burst');
  await mkdir(burst);
  await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(join(burst, `post-${i}.md`), `---\ntitle: Burst ${i}\n---\nText ${i}\n`)));
  // The page keeps taking keystrokes while the events arrive.
  await typeAtEnd(page, ' Typed during the burst.');
  await expect(editorContent(page)).toContainText('Typed during the burst.');
  await expect(page.locator('.post-count')).toContainText('505 posts', { timeout: 20_000 });
  // And the rewrite of all 500 (checkout of another branch) changes titles in place.
  await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(join(burst, `post-${i}.md`), `---\ntitle: Rewritten ${i}\n---\nText ${i}\n`)));
  // The list is virtual (only the rows in view exist): find them through the title search.
  const search = page.getByRole('searchbox', { name: 'Search posts' }).or(page.getByRole('textbox', { name: 'Search posts' }));
  await search.fill('Rewritten 499');
  await expect(postButton(page, /Rewritten 499/)).toBeVisible({ timeout: 20_000 });
  await search.fill('Burst');
  await expect(postButton(page, /Burst \d+/)).toHaveCount(0, { timeout: 20_000 });
  await search.fill('');
  await expect(editorContent(page)).toContainText('Typed during the burst.'); // the open post kept its edits
});
