import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { editorContent, modKey, openPost, postButton, typeAtEnd } from '../support/editor';
import { expect, startServe, test } from '../support/serve-fixture';
import { watcherLive } from '../support/watch';

/**
 * axe-core over every main screen of the app, light and dark: the empty states, a post open
 * (editor, preview, splitter), every dialog, the palette, the post menu and the bars that ask
 * about outside changes. A serious or critical violation fails, and the message lists each one
 * (rule, impact, the nodes, the help URL) so whoever reads the failure can fix it.
 */

// Each test scans a dozen screens twice (light and dark); an axe scan takes seconds when the
// 2-core machine is busy, so the default 30 s is room for the clicks, not for the scans.
test.describe.configure({ timeout: 120_000 });

const schemes = ['light', 'dark'] as const;

/** Scans the page in both colour schemes (the app follows prefers-color-scheme) and collects failures. */
async function scanBoth(page: Page, screen: string, failures: string[]): Promise<void> {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    const found = await seriousViolations(page, `${screen} (${colorScheme})`);
    if (found) failures.push(found);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const report = (failures: readonly string[]) => expect(failures.join('\n\n'), 'serious or critical violations').toBe('');

/** Opens a command from the palette by typing its name. */
async function runFromPalette(page: Page, query: string, label: string): Promise<void> {
  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type(query);
  await expect(page.locator('.palette-list').getByRole('option', { selected: true })).toContainText(label);
  await page.keyboard.press('Enter');
}

async function scanDialog(page: Page, dialog: Locator, screen: string, failures: string[]): Promise<void> {
  await expect(dialog).toBeVisible();
  await scanBoth(page, screen, failures);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the welcome screen (no folder open)', async ({ page, blog }) => {
  // `serve` always opens a folder (the one named, the last one or the sample blog); the desktop
  // app can start with none. The page's first question is answered "none" to show that screen.
  await page.route('**/api/folder/current', (route) => route.fulfill({ json: { ok: true, value: null } }));
  await page.goto(blog.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Postwright' })).toBeVisible();
  const failures: string[] = [];
  await scanBoth(page, 'welcome screen', failures);
  report(failures);
});

test('a folder with no posts yet', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'postwright-a11y-'));
  const folder = join(dir, 'empty-blog');
  await mkdir(folder);
  const { url, child } = await startServe(folder, join(dir, 'user-data'));
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'No posts yet' })).toBeVisible();
    const failures: string[] = [];
    await scanBoth(page, 'empty folder', failures);
    report(failures);
  } finally {
    child.kill();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a folder open with no post, then a post open (editor, preview, splitter, post menu)', async ({ page, blog }) => {
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Select a post or create a new one' })).toBeVisible();
  const failures: string[] = [];
  await scanBoth(page, 'folder open, no post', failures);

  await openPost(page, /Second Post/, 'A table');
  await expect(page.getByRole('region', { name: 'Preview' }).locator('table')).toBeVisible();
  await openPost(page, /Hello World/, 'This is the');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await scanBoth(page, 'post open', failures);

  // A narrow window: the toolbar shows icons only, their labels kept for assistive technology.
  await page.setViewportSize({ width: 820, height: 700 });
  await scanBoth(page, 'post open, narrow window', failures);
  await page.setViewportSize({ width: 1280, height: 800 });

  await typeAtEnd(page, ' Unsaved.');
  await expect(page).toHaveTitle(/^• Hello World/);
  await scanBoth(page, 'post open with unsaved edits', failures);

  await postButton(page, /Hello World/).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Post' });
  await expect(menu).toBeVisible();
  await scanBoth(page, 'post context menu', failures);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // A refusal the writer must see (the alert banner): the host says no to the trash.
  await page.route('**/api/posts/trash', (route) => route.fulfill({ json: { ok: false, error: { code: 'IO', message: 'The trash is not available.' } } }));
  await editorContent(page).click();
  await runFromPalette(page, 'move post to trash', 'Move Post to Trash');
  await expect(page.getByRole('alert').filter({ hasText: 'The trash is not available.' })).toBeVisible();
  await scanBoth(page, 'alert banner', failures);
  await page.unroute('**/api/posts/trash');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // A passing notice with an action (Undo after Move to Trash).
  await postButton(page, /Windows Post/).click();
  await runFromPalette(page, 'move post to trash', 'Move Post to Trash');
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();
  await scanBoth(page, 'notice with Undo', failures);
  report(failures);
});

test('every dialog, the command palette and the quick switcher', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  const failures: string[] = [];

  await page.keyboard.press(`${modKey}+Shift+P`);
  await scanDialog(page, page.getByRole('dialog', { name: 'Command palette' }), 'command palette', failures);
  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+p`);
  await scanDialog(page, page.getByRole('dialog', { name: 'Go to post' }), 'quick switcher', failures);

  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+n`);
  const newPost = page.getByRole('dialog', { name: 'New post' });
  await expect(newPost).toBeVisible();
  // With the form's refusal showing too (an empty title).
  await newPost.getByRole('button', { name: 'Create' }).click();
  await scanDialog(page, newPost, 'New Post dialog', failures);

  await page.getByRole('button', { name: /Open folder/ }).click();
  await scanDialog(page, page.getByRole('dialog', { name: 'Open folder' }), 'Open Folder dialog', failures);

  await editorContent(page).click();
  await runFromPalette(page, 'export site', 'File: Export Site…');
  await scanDialog(page, page.getByRole('dialog', { name: 'Export site' }), 'Export Site dialog', failures);

  // The site export's summary panel, after a real export.
  await editorContent(page).click();
  await runFromPalette(page, 'export site', 'File: Export Site…');
  const exportDialog = page.getByRole('dialog', { name: 'Export site' });
  await exportDialog.getByLabel('Output folder').fill(join(dirname(blog.folder), 'site'));
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.locator('.site-export-panel')).toContainText('Site exported to', { timeout: 60_000 });
  await scanBoth(page, 'site export summary', failures);
  await page.locator('.site-export-panel').getByRole('button', { name: 'Close' }).click();

  await editorContent(page).click();
  await page.keyboard.press('F2');
  await scanDialog(page, page.getByRole('dialog', { name: /Rename/ }), 'Rename dialog', failures);
  report(failures);
});

test('the dialogs and bars about unsaved edits and outside changes', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  await page.goto(blog.url);
  await watcherLive(page, blog.folder);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(page, '\nMy unsaved line.');
  const failures: string[] = [];

  // Opening another folder with unsaved posts asks first.
  await page.keyboard.press(`${modKey}+o`);
  await scanDialog(page, page.getByRole('dialog', { name: 'Save your changes first?' }), 'unsaved changes dialog', failures);

  // Reload from disk over unsaved edits asks too.
  await editorContent(page).click();
  await runFromPalette(page, 'reload post', 'Reload Post from Disk');
  await scanDialog(page, page.getByRole('dialog', { name: /Reload/ }), 'reload dialog', failures);

  // The file changes on disk under the edits: the bar, then the compare view.
  await writeFile(path, (await readFile(path, 'utf8')).replace('# Welcome', '# Welcome from git'));
  const bar = page.getByRole('alert').filter({ hasText: 'was changed by another program' });
  await expect(bar).toBeVisible();
  await scanBoth(page, 'outside change bar', failures);
  await bar.getByRole('button', { name: 'Compare…' }).click();
  const compare = page.getByRole('region', { name: /Compare “Hello World”/ });
  await expect(compare.locator('.cm-changedLine').first()).toBeVisible();
  await scanBoth(page, 'compare view', failures);
  await compare.getByRole('button', { name: 'Back to editing' }).click();
  report(failures);
});
