import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, projectRoot, startServe, test } from '../support/serve-fixture';
import { editorContent, modKey, openPost, typeAtEnd } from '../support/editor';

const panel = (page: Page) => page.getByRole('region', { name: 'Front matter' });

async function save(page: Page, title: RegExp): Promise<void> {
  await page.keyboard.press(`${modKey}+s`);
  await expect(page).toHaveTitle(title);
}

test('adds a tag from the panel: on disk only the tags line changes', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const before = await readFile(path);
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  const tags = panel(page).getByLabel('Tags', { exact: true });
  await tags.fill('travel notes');
  await tags.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Remove tag travel notes' })).toBeVisible();
  await expect(editorContent(page)).toContainText('tags: [intro, travel notes]');
  await save(page, /^Hello World/);

  const after = await readFile(path);
  const beforeLines = before.toString('utf8').split('\n');
  const afterLines = after.toString('utf8').split('\n');
  expect(afterLines).toHaveLength(beforeLines.length);
  const changed = afterLines.flatMap((line, index) => (line === beforeLines[index] ? [] : [[beforeLines[index], line]]));
  expect(changed).toEqual([['tags: [intro]', 'tags: [intro, travel notes]']]);

  // Backspace in the empty input removes the last chip; the × button removes its own.
  await tags.press('Backspace');
  await panel(page).getByRole('button', { name: 'Remove tag intro' }).click();
  await expect(editorContent(page)).toContainText('tags: []');
});

test('toggles draft and edits the title; Mod+Z in the editor undoes one panel edit at a time', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await panel(page).getByLabel('Draft').check();
  await expect(editorContent(page)).toContainText('draft: true');
  const title = panel(page).getByLabel('Title');
  await title.fill('Hello Again');
  await title.press('Enter');
  await expect(editorContent(page)).toContainText('title: Hello Again');
  await save(page, /^Hello Again/);
  expect(await readFile(path, 'utf8')).toBe(original.replace('title: Hello World', 'title: Hello Again').replace('tags: [intro]\n', 'tags: [intro]\ndraft: true\n'));

  // Typing in the text, then undoing: the text first, then the title edit, then the draft toggle.
  await typeAtEnd(page, ' More.');
  await page.keyboard.press(`${modKey}+z`);
  await expect(editorContent(page)).not.toContainText('More.');
  await page.keyboard.press(`${modKey}+z`);
  await expect(title).toHaveValue('Hello World');
  await expect(panel(page).getByLabel('Draft')).toBeChecked();
  await page.keyboard.press(`${modKey}+z`);
  await expect(panel(page).getByLabel('Draft')).not.toBeChecked();
  await expect(editorContent(page)).not.toContainText('draft: true');
  await save(page, /^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(original);
});

test('follows front matter typed in the text', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await page.locator('.cm-line', { hasText: 'title: Hello World' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and more');
  await expect(panel(page).getByLabel('Title')).toHaveValue('Hello World and more');
});

test('shows a malformed front matter’s message and jumps to its line', async ({ page, blog }) => {
  await writeFile(join(blog.folder, 'broken.md'), '---\ntitle: Broken\ntags: [one\ndate: 2024-01-01\n---\n\nBody text.\n');
  await page.goto(blog.url);
  await openPost(page, /broken|Broken/i, 'Body text.');
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('could not be read');
  await expect(panel(page).getByLabel('Title')).toHaveCount(0);
  const goTo = alert.getByRole('button', { name: /Go to line \d+/ });
  const line = Number(/\d+/.exec((await goTo.textContent()) ?? '')![0]);
  await goTo.click();
  await expect(page.locator('.cm-activeLine')).toHaveText((await readFile(join(blog.folder, 'broken.md'), 'utf8')).split('\n')[line - 1]!);
  await expect(editorContent(page)).toBeFocused();

  // Front matter that is code the generator runs: read-only, said so, never run.
  await writeFile(join(blog.folder, 'computed.md'), '---js\n{ title: "Computed " + (1 + 1) }\n---\n\nComputed body.\n');
  await page.reload();
  await openPost(page, /computed/i, 'Computed body.');
  await expect(panel(page).getByRole('alert')).toContainText('does not run it');
  await expect(panel(page).getByRole('button', { name: 'Show it in the editor' })).toBeVisible();
  await expect(panel(page).getByLabel('Title')).toHaveCount(0);
});

test('collapses and remembers it, from its button and from the command', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  const toggle = panel(page).getByRole('button', { name: 'Front matter' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page).getByLabel('Title')).toBeHidden();
  await page.reload();
  await openPost(page, /Hello World/, 'This is the');
  await expect(panel(page).getByRole('button', { name: 'Front matter' })).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('Toggle Front Matter');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Title')).toBeVisible();
});

test.describe('site generators', () => {
  let dir = '';
  let stop = () => {};
  /** Serves a copy of e2e/fixtures/sites/<name>; returns its folder and URL. */
  async function serveSite(name: string): Promise<{ site: string; url: string }> {
    dir = await mkdtemp(join(tmpdir(), 'postwright-fm-'));
    const site = join(dir, 'site');
    await cp(join(projectRoot, 'e2e', 'fixtures', 'sites', name), site, { recursive: true });
    const { url, child } = await startServe(site, join(dir, 'user-data'));
    stop = () => child.kill();
    return { site, url };
  }
  test.afterEach(async () => {
    stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a Hugo TOML post keeps its quoting, comment and bare date; screenshots light and dark', async ({ page }, testInfo) => {
    const { site, url } = await serveSite('hugo');
    const path = join(site, 'content', 'posts', 'first-post.md');
    const before = await readFile(path, 'utf8');
    await page.goto(url);
    await openPost(page, /My First Post/, 'Introduction');
    await expect(panel(page).getByLabel('Date')).toHaveValue('2024-02-01T10:00');
    await expect(panel(page)).toContainText('-07:00');
    await page.screenshot({ path: testInfo.outputPath('front-matter-hugo-light.png') });
    const tags = panel(page).getByLabel('Tags', { exact: true });
    await tags.fill('green');
    await tags.press('Enter');
    await panel(page).getByLabel('Date').fill('2024-02-03T10:00');
    await panel(page).getByLabel('Date').press('Enter');
    await save(page, /^My First Post/);
    expect(await readFile(path, 'utf8')).toBe(before.replace("tags = ['red', 'blue']", "tags = ['red', 'blue', 'green']").replace('2024-02-01T10', '2024-02-03T10'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('front-matter-hugo-dark.png') });
  });

  test('a Jekyll post dated by its file name and a _drafts post', async ({ page }, testInfo) => {
    const { url } = await serveSite('jekyll');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    await openPost(page, /dated by its file name/, 'Jekyll takes the date');
    await expect(panel(page).getByLabel('Date')).toHaveValue('2024-03-05');
    await expect(panel(page)).toContainText('From the file name');
    await openPost(page, /An idea in the drafts/, 'Someday');
    const draft = panel(page).getByLabel('Draft');
    await expect(draft).toBeChecked();
    await expect(draft).toBeDisabled();
    await expect(panel(page)).toContainText('Postwright leaves that move to you');
    await page.screenshot({ path: testInfo.outputPath('front-matter-jekyll-dark.png') });
    await openPost(page, /Welcome to Jekyll/, '_posts');
    await panel(page).getByLabel('Draft').check();
    await expect(editorContent(page)).toContainText('published: false');
    // Every other key: `layout` as text, Jekyll's space-separated `categories` as chips.
    await panel(page).getByRole('button', { name: /Other fields/ }).click();
    const layout = panel(page).getByLabel('layout');
    await layout.fill('page');
    await layout.press('Enter');
    await expect(editorContent(page)).toContainText('layout: page');
    await panel(page).getByRole('button', { name: 'Remove category update' }).click();
    await expect(page.locator('.cm-line', { hasText: 'categories:' })).toHaveText('categories: jekyll');
    await expect(editorContent(page)).toContainText('tags: jekyll update');
  });
});

test('Mod+S in a field being edited saves the edit too', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await panel(page).getByLabel('Description').fill('A first post');
  await page.keyboard.press(`${modKey}+s`);
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toBe(original.replace('tags: [intro]\n', 'tags: [intro]\ndescription: A first post\n'));
});

test('a post without front matter gets a YAML block on its first panel edit; Mod+Z on the draft box undoes it', async ({ page, blog }) => {
  const path = join(blog.folder, 'untitled-note.md');
  const original = await readFile(path, 'utf8');
  await page.goto(blog.url);
  await openPost(page, /A Note Without Front Matter/, 'Just a heading');
  await expect(panel(page)).toContainText('This post has no front matter');
  const title = panel(page).getByLabel('Title');
  await expect(title).toHaveAttribute('placeholder', /A Note Without Front Matter/);
  await title.fill('A titled note');
  await title.press('Tab');
  await expect(editorContent(page)).toContainText('title: A titled note');
  const draft = panel(page).getByLabel('Draft');
  await draft.check();
  await draft.press(`${modKey}+z`);
  await expect(draft).not.toBeChecked();
  await expect(draft).toBeFocused();
  await save(page, /^A titled note/);
  expect(await readFile(path, 'utf8')).toBe(`---\ntitle: A titled note\n---\n${original}`);
});

test('Mod+Z in a field with no edit of its own undoes the panel edit just made there', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  const tags = panel(page).getByLabel('Tags', { exact: true });
  await tags.fill('later');
  await tags.press('Enter');
  await expect(editorContent(page)).toContainText('tags: [intro, later]');
  await tags.press(`${modKey}+z`);
  await expect(editorContent(page)).toContainText('tags: [intro]');
  await expect(tags).toBeFocused();
  const title = panel(page).getByLabel('Title');
  await title.fill('Changed');
  await title.press('Enter');
  await expect(editorContent(page)).toContainText('title: Changed');
  await title.press(`${modKey}+z`);
  await expect(title).toHaveValue('Hello World');
});
