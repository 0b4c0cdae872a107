import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test, type ServedBlog } from '../support/serve-fixture';
import { editorContent, modKey, openPost, postButton } from '../support/editor';

const editorFocused = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);
const outline = (page: Page) => page.getByRole('region', { name: 'Outline' });
const statusBar = (page: Page) => page.getByLabel('Word count');

/** A post long enough to scroll, with sections to jump between. */
const LONG_POST = [
  '---',
  'title: Writing Desk',
  'tags: [one, two, three, four]',
  '---',
  '',
  'Intro paragraph with a [link](https://example.com/not/words) and *emphasis*.',
  '',
  ...['Planning', 'Drafting', 'Editing', 'Publishing'].flatMap((section, index) => [
    `## ${section}`,
    '',
    ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of ${section.toLowerCase()}: a few more words to read here.\n`),
    index === 1 ? '```sh\n# not a heading\n```\n' : '',
  ]),
].join('\n');

async function writePost(blog: ServedBlog, name: string, text: string): Promise<string> {
  const path = join(blog.folder, name);
  await writeFile(path, text);
  return path;
}

/** Selects `length` characters from `offset` on the editor line that has `text`, by keyboard. */
async function selectOnLine(page: Page, text: string | RegExp, offset: number, length: number) {
  await page.locator('.cm-line', { hasText: text }).click();
  await page.keyboard.press('Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
}

async function attachShot(page: Page, testInfo: TestInfo, name: string, target = page.locator('body')) {
  // Saved in the test's output folder (kept after the run, to be looked at) and attached to the report.
  const path = testInfo.outputPath(`${name}.png`);
  await target.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('opening a post puts the cursor in its body, so typing goes into the text', async ({ page, blog }) => {
  const path = join(blog.folder, 'hello-world.md');
  await page.goto(blog.url);
  await postButton(page, /Hello World/).click();
  await expect(editorContent(page)).toContainText('This is the');
  await expect.poll(() => editorFocused(page)).toBe(true);
  await page.keyboard.type('Typed first. ');
  // After the front matter, not inside it.
  await expect(editorContent(page)).toContainText('Typed first. # Welcome');
  await page.keyboard.press(`${modKey}+s`);
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(path, 'utf8')).toContain('---\n\nTyped first. # Welcome');

  // From the keyboard: Enter on a post in the list.
  await postButton(page, /Second Post/).focus();
  await page.keyboard.press('Enter');
  await expect(editorContent(page)).toContainText('A table');
  await expect.poll(() => editorFocused(page)).toBe(true);
});

test('Tab indents a list item under the one above, Shift-Tab brings it back, Escape then Tab leaves', async ({ page, blog }) => {
  await writePost(blog, 'list.md', '---\ntitle: List Post\n---\n\n- one\n- two\n  - two.a\n');
  await page.goto(blog.url);
  await openPost(page, /List Post/, 'two.a');
  await selectOnLine(page, /^- two$/, 3, 0);
  await page.keyboard.press('Tab');
  await expect(page.locator('.cm-line').nth(5)).toHaveText('  - two');
  await expect(page.locator('.cm-line').nth(6)).toHaveText('    - two.a');
  expect(await editorFocused(page)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.cm-line').nth(5)).toHaveText('- two');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect.poll(() => editorFocused(page)).toBe(false);
  await expect(page.locator('.cm-line').nth(5)).toHaveText('- two');
});

test('Mod-K makes the selection a link with the address selected; markers and brackets pair', async ({ page, blog }) => {
  await writePost(blog, 'link.md', '---\ntitle: Link Post\n---\n\nRead the manual today.\n');
  await page.goto(blog.url);
  await openPost(page, /Link Post/, 'manual');
  await selectOnLine(page, 'Read the manual today.', 9, 6);
  await page.keyboard.press(`${modKey}+k`);
  await page.keyboard.type('https://example.com/manual');
  await expect(editorContent(page)).toContainText('Read the [manual](https://example.com/manual) today.');

  await page.keyboard.press(`${modKey}+End`);
  await page.keyboard.type('\n\nSay *hi* and **bold** (with "quotes") and don\'t stop.\n* item');
  await expect(editorContent(page)).toContainText('Say *hi* and **bold** (with "quotes") and don\'t stop.');
  await expect(page.locator('.cm-line').last()).toHaveText('* item');
});

test('following the cursor through a long outline never scrolls the window itself', async ({ page, blog }) => {
  const sections = Array.from({ length: 120 }, (_, i) => `## Section ${i + 1}\n\nText of section ${i + 1}.\n`).join('\n');
  await writePost(blog, 'many.md', `---\ntitle: Many Sections\n---\n\n${sections}`);
  await page.goto(blog.url);
  await openPost(page, /Many Sections/, 'Text of section 1.');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  const items = outline(page).getByRole('list').getByRole('button');
  await expect(items.last()).toHaveAttribute('aria-current', 'location');
  await expect(items.last()).toBeInViewport(); // the outline's own list scrolled to it
  // ...and nothing else did: the app still fills the window from its top.
  const root = await page.evaluate(() => ({ top: document.scrollingElement!.scrollTop, height: document.scrollingElement!.scrollHeight, view: window.innerHeight }));
  expect(root.top).toBe(0);
  expect(root.height).toBeLessThanOrEqual(root.view);
});

test('the outline lists the headings, jumps to one when clicked and follows the cursor', async ({ page, blog }, testInfo) => {
  await writePost(blog, 'long.md', LONG_POST);
  await page.goto(blog.url);
  await openPost(page, /Writing Desk/, 'Intro paragraph');
  const items = outline(page).getByRole('list').getByRole('button');
  await expect(items).toHaveText(['Heading level 2: Planning', 'Heading level 2: Drafting', 'Heading level 2: Editing', 'Heading level 2: Publishing']);

  await items.nth(3).click();
  await expect(page.locator('.cm-activeLine')).toHaveText('## Publishing');
  await expect(page.locator('.cm-line', { hasText: '## Publishing' })).toBeInViewport();
  await expect(items.nth(3)).toHaveAttribute('aria-current', 'location');
  await expect.poll(() => editorFocused(page)).toBe(true);
  // The preview follows the editor's scroll.
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Publishing' })).toBeInViewport();

  // Moving the cursor up into the previous section moves the highlight.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(items.nth(2)).toHaveAttribute('aria-current', 'location');

  // One tab stop; the arrow keys move between headings, Enter jumps.
  await items.nth(2).focus();
  await page.keyboard.press('Home');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(0)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-activeLine')).toHaveText('## Drafting');

  await attachShot(page, testInfo, 'outline-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await attachShot(page, testInfo, 'outline-dark');

  // View ▸ Toggle Outline folds it away, from the palette.
  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('toggle outline');
  await page.keyboard.press('Enter');
  await expect(outline(page).getByRole('button', { name: /Outline/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(outline(page).getByRole('list')).toHaveCount(0);
});

test('the status bar counts words, characters and reading time, and the selection', async ({ page, blog }, testInfo) => {
  await writePost(blog, 'count.md', '---\ntitle: Count Post\ndescription: not counted at all\n---\n\n# Four words in heading\n\nSee [the docs](https://example.com/a/b) now. 我爱写作\n');
  await page.goto(blog.url);
  await openPost(page, /Count Post/, 'Four words');
  // 4 (heading) + 4 (See the docs now) + 4 (one per Han character); the URL and front matter do not count.
  await expect(statusBar(page)).toContainText('12 words');
  await expect(statusBar(page)).toContainText('1 min read');
  await page.keyboard.press(`${modKey}+End`);
  await page.keyboard.type('\nTwo more.');
  await expect(statusBar(page)).toContainText('14 words');
  await selectOnLine(page, 'Four words in heading', 2, 4);
  await expect(statusBar(page)).toContainText('1 of 14 words selected');
  await attachShot(page, testInfo, 'status-bar-light', page.locator('.editor-pane'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await attachShot(page, testInfo, 'status-bar-dark', page.locator('.editor-pane'));
});

test('nothing animates without end while writing: the caret blinks by a timer, autosave and Save do not fade', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await page.keyboard.press(`${modKey}+End`);
  // Endless animations make Chromium draw every frame, and a keystroke's frame then waits for a
  // free slot (bench/preview-latency): none may run while the writer types, pauses or saves.
  const endless = () =>
    page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations === Infinity)
        .map((animation) => ((animation.effect as KeyframeEffect).target as Element).className),
    );
  const finite = () => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length);
  // Nor does any animation start with a keystroke: CodeMirror restarts its caret animation on
  // each one, and even a zero-length animation drew one or two frames more after the key's.
  await page.evaluate(() => {
    const started: string[] = [];
    (window as unknown as { __started: string[] }).__started = started;
    for (const type of ['animationstart', 'transitionrun']) document.addEventListener(type, (event) => started.push(`${type} on ${(event.target as Element).className}`), true);
  });
  for (const key of 'Typing on.') {
    await page.keyboard.press(key);
    expect(await endless()).toEqual([]);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __started: string[] }).__started)).toEqual([]);
  // The first key after a save turns Save primary: no colour fade runs for it.
  await page.keyboard.press(`${modKey}+s`);
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.keyboard.press('!');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveClass(/button-primary/);
  expect(await finite()).toBe(0);
  // The caret is drawn, and it blinks: hidden and shown again by the timer.
  const layer = page.locator('.cm-cursorLayer');
  await expect(layer.locator('.cm-cursor-primary')).toBeVisible();
  await expect.poll(() => layer.evaluate((element) => getComputedStyle(element).opacity), { intervals: [100] }).toBe('0');
  await expect.poll(() => layer.evaluate((element) => getComputedStyle(element).opacity), { intervals: [100] }).toBe('1');
  expect(await endless()).toEqual([]);
});

test('focus mode dims all but the paragraph being written; typewriter scrolling centres the line', async ({ page, blog }, testInfo) => {
  await writePost(blog, 'long.md', LONG_POST);
  await page.goto(blog.url);
  await openPost(page, /Writing Desk/, 'Intro paragraph');
  await outline(page).getByRole('button', { name: /Drafting/ }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('F8');
  const current = page.locator('.cm-line', { hasText: 'Paragraph 1 of drafting' });
  await expect(current).not.toHaveClass(/cm-dimmed/);
  await expect(page.locator('.cm-line', { hasText: 'Paragraph 2 of drafting' })).toHaveClass(/cm-dimmed/);
  await expect(page.locator('.cm-line', { hasText: '## Drafting' })).toHaveClass(/cm-dimmed/);
  await attachShot(page, testInfo, 'focus-mode', page.locator('.editor-pane'));

  await page.keyboard.press('F8');
  await expect(page.locator('.cm-dimmed')).toHaveCount(0);

  await page.keyboard.press('F9');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
  const editorBox = (await page.locator('.cm-scroller').boundingBox())!;
  const cursorBox = (await page.locator('.cm-activeLine').boundingBox())!;
  const centre = editorBox.y + editorBox.height / 2;
  expect(Math.abs(cursorBox.y + cursorBox.height / 2 - centre)).toBeLessThan(cursorBox.height * 2);
});

test('spell check is on in prose and off in code, front matter and addresses', async ({ page, blog }) => {
  await writePost(blog, 'spell.md', '---\ntitle: Spell Post\n---\n\nSome prose with `codez` and [a link](https://exmaple.org).\n\n```js\nconst teh = 1;\n```\n');
  await page.goto(blog.url);
  await openPost(page, /Spell Post/, 'Some prose');
  await expect(editorContent(page)).toHaveAttribute('spellcheck', 'true');
  await expect(page.locator('.cm-line', { hasText: 'const teh' })).toHaveAttribute('spellcheck', 'false');
  await expect(page.locator('.cm-line', { hasText: 'title: Spell Post' })).toHaveAttribute('spellcheck', 'false');
  const prose = page.locator('.cm-line', { hasText: 'Some prose' });
  await expect(prose).not.toHaveAttribute('spellcheck', 'false');
  await expect(prose.locator('[spellcheck="false"]')).toHaveText(['`codez`', 'https://exmaple.org']);
});

test('find and replace from the keyboard, with case and regexp options', async ({ page, blog }) => {
  await writePost(blog, 'replace.md', '---\ntitle: Replace Post\n---\n\ncolour Colour colours\n');
  await page.goto(blog.url);
  await openPost(page, /Replace Post/, 'colour');
  // Find works from the post list too: it opens the editor's panel.
  await postButton(page, /Replace Post/).focus();
  await page.keyboard.press(`${modKey}+f`);
  await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(() => editorFocused(page)).toBe(true);
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+f' : 'Control+h');
  const replaceField = page.getByRole('textbox', { name: 'Replace with' });
  await expect(replaceField).toBeFocused();
  await page.getByRole('textbox', { name: 'Find' }).fill('colou?rs?\\b');
  await page.getByRole('checkbox', { name: 'Regular expression' }).check();
  await page.getByRole('checkbox', { name: 'Match case' }).check();
  await replaceField.fill('color');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(editorContent(page)).toContainText('color Colour color');
});

test('multiple cursors: Mod-D adds the next occurrence, Alt-click adds a cursor', async ({ page, blog }) => {
  await writePost(blog, 'cursors.md', '---\ntitle: Cursor Post\n---\n\ncat and cat and dog\nsecond line\n');
  await page.goto(blog.url);
  await openPost(page, /Cursor Post/, 'cat and cat');
  await selectOnLine(page, 'cat and cat', 0, 3);
  await page.keyboard.press(`${modKey}+d`);
  await page.keyboard.type('fox');
  await expect(page.locator('.cm-line', { hasText: 'and dog' })).toHaveText('fox and fox and dog');

  const second = page.locator('.cm-line', { hasText: 'second line' });
  await second.click({ position: { x: 2, y: 5 } });
  await page.keyboard.press('Home');
  const first = page.locator('.cm-line', { hasText: 'and dog' });
  await first.click({ position: { x: 2, y: 5 }, modifiers: ['Alt'] });
  await page.keyboard.press('Home');
  await page.keyboard.type('> ');
  await expect(first).toHaveText('> fox and fox and dog');
  await expect(second).toHaveText('> second line');
});

test('the outline, status bar, search panel and focus mode pass an axe scan, light and dark', async ({ page, blog }) => {
  await writePost(blog, 'long.md', LONG_POST);
  await page.goto(blog.url);
  await openPost(page, /Writing Desk/, 'Intro paragraph');
  await outline(page).getByRole('button', { name: /Editing/ }).click();
  await page.keyboard.press('F8');
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+f' : 'Control+h');
  await expect(page.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
  const failures: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Focus mode's dimmed lines are faint on purpose (the writer turns it on and off with F8); the
    // paragraph being written keeps full contrast, and is scanned.
    const found = await seriousViolations(page, `writing desk (${colorScheme})`, ['.cm-dimmed']);
    if (found) failures.push(found);
  }
  expect(failures.join('\n\n'), 'serious or critical violations').toBe('');
});
