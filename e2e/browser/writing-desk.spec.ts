import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/serve-fixture';
import { editorContent, modKey, openPost, postButton, preview, sectionAtTop, typeAtEnd } from '../support/editor';

// The app's own default autosave mode (after a pause), not the fixture's "off".
test.use({ autosave: null });

const posts = (page: Page) => page.getByRole('navigation', { name: 'Posts' });

/** Runs a command from the palette by typing its name. */
async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${modKey}+Shift+P`);
  const box = page.getByRole('combobox', { name: 'Command palette' });
  await box.fill(name);
  await expect(page.locator('.palette-list').getByRole('option', { selected: true })).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
}

test('autosave writes the post after a pause in typing, with no Save, and the title and list say so', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, 'Hello World', 'Welcome');
  await expect(page).toHaveTitle('Hello World (Saved) — blog — Postwright');
  await typeAtEnd(page, '\nWritten without saving.');
  // While typing, and for a moment after, it is unsaved: in the title, the header and the list.
  await expect(page).toHaveTitle(/^• Hello World \((Unsaved|Saving…)\)/);
  await expect(postButton(page, /Hello World/)).toContainText(/unsaved|saving/i);

  await expect.poll(() => readFile(path, 'utf8'), { timeout: 10_000 }).toBe(`${before}\nWritten without saving.`);
  await expect(page).toHaveTitle('Hello World (Saved) — blog — Postwright');
  await expect(page.locator('.editor-pane .save-state')).toHaveText('Saved');
  await expect(postButton(page, /Hello World/)).not.toContainText(/unsaved/i);

  // An outside change under unsaved edits is never overwritten by autosave: the writer decides.
  await runCommand(page, 'Autosave When Switching Away');
  await typeAtEnd(page, ' Mine.');
  await writeFile(path, 'theirs\n');
  await expect(page.getByRole('button', { name: 'Keep mine' })).toBeVisible({ timeout: 10_000 });
  // Leaving the window is a focus loss: autosave stays away from the changed file.
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.waitForTimeout(500);
  expect(await readFile(path, 'utf8')).toBe('theirs\n');
});

test('autosave can be turned off, and the choice is remembered', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await runCommand(page, 'Turn Autosave Off');
  await openPost(page, 'Hello World', 'Welcome');
  await typeAtEnd(page, ' Not yet.');
  await page.waitForTimeout(3000);
  expect(await readFile(path, 'utf8')).toBe(before);
  await expect(page).toHaveTitle(/^• Hello World \(Unsaved\)/);
  await page.keyboard.press(`${modKey}+S`);
  await expect.poll(() => readFile(path, 'utf8')).toBe(`${before} Not yet.`);
  expect(await page.evaluate(() => localStorage.getItem('postwright.autosave'))).toBe('off');
});

test('the sidebar and the preview hide and come back from keys, the toolbar and the editor header; remembered', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, 'Hello World', 'Welcome');
  const sidebarToggle = page.getByRole('button', { name: 'Posts', exact: true });
  await expect(sidebarToggle).toHaveAttribute('aria-pressed', 'true');

  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+Shift+B`);
  await expect(posts(page)).toHaveCount(0);
  await expect(sidebarToggle).toHaveAttribute('aria-pressed', 'false');
  // The editor takes the room the sidebar had.
  const editorWidth = await page.locator('.editor-pane').evaluate((pane) => pane.getBoundingClientRect().width);
  expect(editorWidth).toBeGreaterThan(560);

  await page.keyboard.press(`${modKey}+Alt+P`);
  await expect(preview(page)).toHaveCount(0);
  const wide = await page.locator('.editor-pane').evaluate((pane) => pane.getBoundingClientRect().width);
  expect(wide).toBeGreaterThan(editorWidth * 1.6);

  // Both stay hidden after a reload; Go to Post opens a post without the list.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Open folder…' })).toBeVisible();
  await page.keyboard.press(`${modKey}+P`);
  await page.keyboard.type('Hello');
  await page.keyboard.press('Enter');
  await expect(editorContent(page)).toContainText('Welcome');
  await expect(preview(page)).toHaveCount(0);
  await expect(posts(page)).toHaveCount(0);

  // The ways back that are on screen: the toolbar toggle and the header's button.
  await sidebarToggle.click();
  await expect(posts(page)).toBeVisible();
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(preview(page)).toContainText('Welcome');
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('text zoom sizes the editor and the preview, within limits, remembered; Ctrl/Cmd+0 resets', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, 'Hello World', 'Welcome');
  const editorSize = () => page.locator('.cm-editor').evaluate((editor) => parseFloat(getComputedStyle(editor).fontSize));
  const previewZoom = () => preview(page).locator('.post').evaluate((post) => Number(getComputedStyle(post).zoom));
  expect(await editorSize()).toBe(15);

  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+=`);
  await expect.poll(editorSize).toBeCloseTo(16.5);
  expect(await previewZoom()).toBeCloseTo(1.1);
  await expect(page.getByRole('status').filter({ hasText: 'Text size 110 %' })).toBeVisible();
  // The browser's own page zoom did not run: the window's controls keep their size.
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);

  for (let i = 0; i < 20; i++) await page.keyboard.press(`${modKey}+=`);
  await expect.poll(editorSize).toBeCloseTo(45);
  await page.reload();
  await openPost(page, 'Hello World', 'Welcome');
  await expect.poll(editorSize).toBeCloseTo(45);

  await editorContent(page).click();
  await page.keyboard.press(`${modKey}+0`);
  await expect.poll(editorSize).toBe(15);
  for (let i = 0; i < 20; i++) await page.keyboard.press(`${modKey}+-`);
  await expect.poll(editorSize).toBeCloseTo(7.5);
  expect(await previewZoom()).toBeCloseTo(0.5);
});

test('the editor and the preview still scroll together with the text zoomed', async ({ page, blog }) => {
  const sections = Array.from({ length: 120 }, (_, i) => `## Section ${i}\n\nParagraph ${i} ${'with some words '.repeat(i % 5 === 0 ? 25 : 3)}\n`);
  await writeFile(join(blog.folder, 'long.md'), `---\ntitle: Long\ndate: 2031-01-03\n---\n\n${sections.join('\n')}`);
  await page.goto(blog.url);
  await openPost(page, /Long/, 'Section 0');
  await editorContent(page).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press(`${modKey}+=`);
  await expect.poll(() => page.locator('.cm-editor').evaluate((editor) => parseFloat(getComputedStyle(editor).fontSize))).toBeCloseTo(22.5);
  await page.locator('.cm-scroller').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.5));
  const apart = async () => Math.abs((await sectionAtTop(page, '.cm-scroller', '.cm-line')) - (await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *')));
  await expect.poll(apart, { timeout: 5000 }).toBeLessThanOrEqual(1);
  expect(await sectionAtTop(page, '.cm-scroller', '.cm-line')).toBeGreaterThan(30);
});

test('dark theme: the window, the editor and the preview switch together, and back', async ({ page, blog }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(blog.url);
  await openPost(page, 'Hello World', 'Welcome');
  const colours = () =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        app: style('body').backgroundColor,
        sidebar: style('.sidebar').backgroundColor,
        editor: style('.cm-editor').backgroundColor,
        editorText: style('.cm-content').color,
        article: style('.preview-article .post').backgroundColor,
        articleText: style('.preview-article .post').color,
        previewPane: style('.preview-pane').backgroundColor,
      };
    });
  const light = await colours();
  expect(light.app).toBe('rgb(255, 255, 255)');
  expect(light.article).toBe('rgb(255, 255, 255)');

  await runCommand(page, 'Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await colours();
  expect(dark).toEqual({
    app: 'rgb(22, 24, 29)',
    sidebar: 'rgb(28, 31, 37)',
    editor: 'rgb(22, 24, 29)',
    editorText: 'rgb(223, 227, 232)',
    article: 'rgb(22, 24, 29)',
    articleText: 'rgb(230, 232, 235)',
    previewPane: 'rgb(22, 24, 29)',
  });
  await testInfo.attach('dark theme', { body: await page.screenshot(), contentType: 'image/png' });

  // Remembered, and "follow the system" follows the OS again.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openPost(page, 'Hello World', 'Welcome');
  await runCommand(page, 'Theme: Follow System');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect((await colours()).app).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await colours()).article).toBe('rgb(22, 24, 29)');
});
