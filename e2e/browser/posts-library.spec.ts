import type { Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startServe, test } from '../support/serve-fixture';
import { editorContent, postButton } from '../support/editor';

const POSTS = 3_000;

/** A Jekyll site of POSTS posts: every 10th a draft, every 7th tagged `travel`, one with a unique word in its text. */
async function bigJekyllSite(root: string): Promise<void> {
  await mkdir(join(root, '_posts'), { recursive: true });
  await writeFile(join(root, '_config.yml'), 'title: Big blog\n');
  await writeFile(join(root, 'README.md'), '# Not a post\n');
  await Promise.all(
    Array.from({ length: POSTS }, (_, i) => {
      const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const number = String(i).padStart(4, '0');
      const front = [`title: Post ${number}`, ...(i % 10 === 0 ? ['published: false'] : []), ...(i % 7 === 0 ? ['tags: [travel]'] : [])];
      const body = i === 1234 ? 'The word zanzibarite appears only here.' : 'Ordinary words.';
      return writeFile(join(root, '_posts', `${day}-post-${number}.md`), `---\n${front.join('\n')}\n---\n\n${body}\n`);
    }),
  );
}

const listRows = (page: Page) => page.getByRole('navigation', { name: 'Posts' }).getByRole('listitem');

test.describe('a large Jekyll site', () => {
  let dir = '';
  let url = '';
  let stop: () => void = () => {};

  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'postwright-e2e-big-'));
    await bigJekyllSite(join(dir, 'site'));
    const served = await startServe(join(dir, 'site'), join(dir, 'user-data'));
    url = served.url;
    stop = () => served.child.kill();
  });

  test.afterAll(async () => {
    stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('lists every post in a virtual list, filters, searches titles and text', async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('.post-count')).toContainText(`Jekyll · ${POSTS} posts`);
    await expect(postButton(page, /^Post 2999/)).toBeVisible(); // newest first
    expect(await listRows(page).count()).toBeLessThan(60);

    await page.getByLabel('Show drafts').selectOption('drafts');
    await expect(page.locator('.post-count')).toContainText(`${POSTS / 10} of ${POSTS} posts`);
    await expect(postButton(page, /^Post 2990 .*Draft/)).toBeVisible();
    await page.getByLabel('Filter by tag').selectOption('travel');
    await expect(page.locator('.post-count')).toContainText(`${Math.ceil(POSTS / 70)} of ${POSTS} posts`); // multiples of 70
    await page.getByLabel('Show drafts').selectOption('all');
    await page.getByLabel('Filter by tag').selectOption('');

    await page.getByLabel('Search posts').fill('post 0042');
    await expect(listRows(page)).toHaveCount(1);
    await expect(postButton(page, /^Post 0042/)).toBeVisible();

    await page.getByLabel('Search posts').fill('zanzibarite');
    await expect(postButton(page, /^Post 1234 .*zanzibarite appears only here/)).toBeVisible();
    await expect(listRows(page)).toHaveCount(1);
  });

  test('moves through the list with the keyboard and opens with Enter', async ({ page }) => {
    await page.goto(url);
    // End goes to the last row shown: wait for the whole list, not only its first page.
    await expect(page.locator('.post-count')).toContainText(`${POSTS} posts`);
    await expect(page.locator('.listing-more')).toHaveCount(0);
    const first = postButton(page, /^Post 2999/);
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(postButton(page, /^Post 2998/)).toBeFocused();
    await page.keyboard.press('End');
    await expect(postButton(page, /^Post 0000/)).toBeFocused();
    expect(await listRows(page).count()).toBeLessThan(60);
    await page.keyboard.press('ArrowUp');
    await expect(postButton(page, /^Post 0001/)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editorContent(page)).toContainText('title: Post 0001');
    // Opening a post puts the cursor in it, to write; back in the list, Home goes to the top.
    await expect(editorContent(page)).toBeFocused();
    await postButton(page, /^Post 0001/).focus();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();

    // An unsaved title edit shows in the list at once.
    await editorContent(page).click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' renamed');
    await page.getByLabel('Search posts').fill('renamed'); // the title search sees the unsaved title too
    await expect(postButton(page, /^Post 0001 renamed/)).toBeVisible();
  });

  test('shows the first screen of rows before the whole list, which then takes their place without moving the cursor, the scroll or the filter', async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('.post-count')).toHaveText(`Jekyll · ${POSTS} posts`); // listed once: the host knows the first page now
    // The whole list is held back until the test lets it go, so the first page can be looked at.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (target) => target.pathname === '/api/posts/list',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.reload();
    const count = page.locator('.post-count');
    await expect(count).toHaveText(`Jekyll · ${POSTS} posts · listing…`);
    await expect(postButton(page, /^Post 2999/)).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Posts' });
    // The scrollbar is as long as the whole folder's rows already (54 px each), not the first page's.
    const scrollHeight = () => list.evaluate((element) => element.scrollHeight);
    const reserved = await scrollHeight();
    expect(reserved).toBeGreaterThanOrEqual(POSTS * 54);
    await expect(list.locator('li').first()).toHaveAttribute('aria-setsize', String(POSTS)); // row 1 of 3,000, not of 100
    await postButton(page, /^Post 2999/).focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    await expect(postButton(page, /^Post 2987/)).toBeFocused();
    const scrolled = await list.evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(0);

    release();
    await expect(count).toHaveText(`Jekyll · ${POSTS} posts`);
    await expect(postButton(page, /^Post 2987/)).toBeFocused();
    expect(await list.evaluate((element) => element.scrollTop)).toBe(scrolled);
    expect(await scrollHeight()).toBe(reserved); // the whole list took the reserved room: nothing grew
    await page.keyboard.press('End'); // the whole list is there now
    await expect(postButton(page, /^Post 0000/)).toBeFocused();

    // A filter chosen while only the first page is in applies to the whole list when it comes.
    let releaseAgain: () => void = () => {};
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await page.unrouteAll();
    await page.route(
      (target) => target.pathname === '/api/posts/list',
      async (route) => {
        await heldAgain;
        await route.continue();
      },
    );
    await page.reload();
    await expect(count).toContainText('listing…');
    await page.getByLabel('Show drafts').selectOption('drafts');
    await expect(count).toHaveText(`Jekyll · 10 of ${POSTS} posts · listing…`); // the drafts among the first 100 rows (every 10th post)
    releaseAgain();
    await expect(count).toHaveText(`Jekyll · ${POSTS / 10} of ${POSTS} posts`);
    await expect(page.getByLabel('Show drafts')).toHaveValue('drafts');
  });
});

test('the open-folder dialog completes folder names and offers recent folders', async ({ page, blog }) => {
  await page.goto(blog.url);
  await page.getByRole('button', { name: 'Open folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  await expect(dialog.getByRole('listbox', { name: 'Recent folders' }).getByRole('option')).toHaveText([blog.folder]);
  const field = dialog.getByLabel('Folder path');
  await field.fill(`${blog.folder}/no`);
  await expect(dialog.getByRole('option', { name: `${blog.folder}/notes` })).toBeVisible();
  await field.press('Tab');
  await expect(field).toHaveValue(`${blog.folder}/notes/`);
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.folder-name')).toContainText('notes');
  await expect(postButton(page, /Second Post/)).toBeVisible();
});
