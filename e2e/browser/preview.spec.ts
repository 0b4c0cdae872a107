import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { editorContent, openPost, postButton, preview, sectionAtTop, typeAtEnd } from '../support/editor';

test('the preview shows rich content and follows typing: tasks, alerts, math, highlighted code, shortcodes', async ({ page, blog }) => {
  await writeFile(
    join(blog.folder, 'rich.md'),
    '---\ntitle: Rich\ndate: 2031-01-04\n---\n\n- [x] drafted\n- [ ] edited\n\n> [!TIP]\n> Save often.\n\nEnergy: $E = mc^2$\n\n```js\nconst answer = 42;\n```\n\n{{< youtube abc >}}\n\nNote[^1].\n\n[^1]: A footnote.\n',
  );
  await page.goto(blog.url);
  await openPost(page, /Rich/, 'drafted');
  const body = preview(page);
  await expect(body.locator('li.task-list-item')).toHaveCount(2);
  await expect(body.locator('.task-checkbox.checked')).toHaveCount(1);
  await expect(body.locator('.markdown-alert-tip')).toContainText('Save often.');
  await expect(body.locator('math')).toHaveCount(1);
  await expect(body.locator('code.language-js .hljs-keyword')).toHaveText('const');
  await expect(body.locator('.shortcode-block')).toContainText('Hugo shortcode · youtube');
  await expect(body.locator('.footnotes')).toContainText('A footnote.');

  await typeAtEnd(page, '\n- [ ] typed task');
  await expect(body.locator('li.task-list-item')).toHaveCount(3);
  await expect(body.locator('li.task-list-item').last()).toHaveText('typed task');
});

test('a relative link opens the other post; a link to nowhere only says where it points', async ({ page, blog }) => {
  await writeFile(join(blog.folder, 'linker.md'), '---\ntitle: Linker\ndate: 2031-01-01\n---\n\nSee [the second post](notes/second-post.md) and [a missing one](missing/page.md) and [the top](#linker-top).\n\n## Linker top\n');
  const pages: string[] = [];
  page.context().on('page', (p) => pages.push(p.url()));
  await page.goto(blog.url);
  await openPost(page, /Linker/, 'See [the second');
  await preview(page).getByRole('link', { name: 'a missing one' }).click();
  await expect(preview(page).getByRole('status').filter({ hasText: 'missing/page.md' })).toBeVisible();
  await preview(page).getByRole('link', { name: 'the second post' }).click();
  await expect(editorContent(page)).toContainText('Second');
  await expect(preview(page).locator('h1.post-title')).toHaveText(/Second Post/);
  expect(pages).toEqual([]); // no dead tab opened
});

test('a Mermaid diagram is drawn in the preview', async ({ page, blog }) => {
  await writeFile(join(blog.folder, 'diagram.md'), '---\ntitle: Diagram\ndate: 2031-01-02\n---\n\nFlow:\n\n```mermaid\ngraph TD\n  Draft --> Publish\n```\n');
  await page.goto(blog.url);
  await openPost(page, /Diagram/, 'Flow:');
  const diagram = preview(page).locator('.mermaid-diagram svg');
  await expect(diagram).toBeVisible({ timeout: 15_000 });
  await expect(diagram).toContainText('Publish');
});

test('a very long post (over 256 KB, its preview laid out only near view) still scrolls together with the editor, both ways', async ({ page, blog }) => {
  const sections = Array.from({ length: 2400 }, (_, i) => `## Section ${i}\n\nParagraph ${i} ${'with some words '.repeat(i % 7 === 0 ? 20 : 4)}\n`);
  const text = `---\ntitle: Very Long\ndate: 2031-01-05\n---\n\n${sections.join('\n')}`;
  expect(text.length).toBeGreaterThan(256 * 1024);
  await writeFile(join(blog.folder, 'very-long.md'), text);
  await page.goto(blog.url);
  await openPost(page, /Very Long/, 'Section 0');
  await expect(page.locator('.preview-article')).toHaveClass(/is-long/);
  await expect(preview(page).locator('h2').last()).toHaveText('Section 2399', { timeout: 15_000 });
  const apart = async () => Math.abs((await sectionAtTop(page, '.cm-scroller', '.cm-line')) - (await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *')));

  await page.locator('.cm-scroller').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.6));
  await expect.poll(apart, { timeout: 5000 }).toBeLessThanOrEqual(1);
  expect(await sectionAtTop(page, '.cm-scroller', '.cm-line')).toBeGreaterThan(1000);

  await page.locator('.preview-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.25));
  await expect.poll(apart, { timeout: 5000 }).toBeLessThanOrEqual(1);
  expect(await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *')).toBeLessThan(1000);
});

test('the editor and the preview scroll together, both ways, on a long post', async ({ page, blog }) => {
  const sections = Array.from({ length: 150 }, (_, i) => `## Section ${i}\n\nParagraph ${i} ${'with some words '.repeat(i % 7 === 0 ? 30 : 3)}\n\n- a\n- b\n`);
  await writeFile(join(blog.folder, 'long.md'), `---\ntitle: Long\ndate: 2031-01-03\n---\n\n${sections.join('\n')}`);
  await page.goto(blog.url);
  await openPost(page, /Long/, 'Section 0');
  await expect(preview(page).locator('h2').first()).toHaveText('Section 0');

  await page.locator('.cm-scroller').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.5));
  await expect.poll(async () => Math.abs((await sectionAtTop(page, '.cm-scroller', '.cm-line')) - (await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *'))), { timeout: 5000 }).toBeLessThanOrEqual(1);
  const editorSection = await sectionAtTop(page, '.cm-scroller', '.cm-line');
  expect(editorSection).toBeGreaterThan(40);

  await page.locator('.preview-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.2));
  await expect.poll(async () => Math.abs((await sectionAtTop(page, '.cm-scroller', '.cm-line')) - (await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *'))), { timeout: 5000 }).toBeLessThanOrEqual(1);
  expect(await sectionAtTop(page, '.preview-scroll', '.preview-chunk > *')).toBeLessThan(editorSection);

  // Turned off, the preview stays where it is when the editor moves.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('scroll sync');
  await page.keyboard.press('Enter');
  const before = await page.locator('.preview-scroll').evaluate((element) => element.scrollTop);
  await page.locator('.cm-scroller').evaluate((element) => (element.scrollTop = element.scrollHeight * 0.8));
  await page.waitForTimeout(300);
  expect(await page.locator('.preview-scroll').evaluate((element) => element.scrollTop)).toBe(before);
});

test('switching posts keeps each preview where the reader left it', async ({ page, blog }) => {
  const long = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} ${'text '.repeat(40)}`).join('\n\n');
  await writeFile(join(blog.folder, 'long.md'), `---\ntitle: Long\ndate: 2031-01-03\n---\n\n${long}\n`);
  await page.goto(blog.url);
  await openPost(page, /Long/, 'Paragraph 0');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('scroll sync');
  await page.keyboard.press('Enter'); // off: the preview keeps its own place
  await page.locator('.preview-scroll').evaluate((element) => (element.scrollTop = 1500));
  await page.waitForTimeout(200);
  await postButton(page, /Hello World/).click();
  await expect(preview(page).locator('h1.post-title')).toHaveText('Hello World');
  await postButton(page, /Long/).click();
  await expect(preview(page).locator('h1.post-title')).toHaveText('Long');
  await expect.poll(() => page.locator('.preview-scroll').evaluate((element) => element.scrollTop)).toBeGreaterThan(1400);
});

/** A 2×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyBDAA5/wP9K3tJ+QAAAABJRU5ErkJggg==', 'base64');

test('images beside the post show through the confined folder route; a missing one says which path', async ({ page, blog }) => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(blog.folder, 'notes', 'img'), { recursive: true });
  await writeFile(join(blog.folder, 'notes', 'img', 'dot.png'), PNG);
  await writeFile(join(blog.folder, 'secret.txt'), 'not an image');
  await writeFile(join(blog.folder, 'notes', 'pictures.md'), '---\ntitle: Pictures\ndate: 2031-01-05\n---\n\nA dot: ![dot](img/dot.png)\n\nGone: ![gone](img/gone.png)\n');
  await page.goto(blog.url);
  await openPost(page, /Pictures/, 'A dot');
  const dot = preview(page).locator('img[alt="dot"]');
  await expect(dot).toHaveAttribute('src', /^\/_folder\/notes\/img\/dot\.png\?k=[\w-]{20,}$/);
  await expect.poll(() => dot.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(2);
  await expect(preview(page).getByRole('img', { name: /Missing image: img\/gone\.png/ })).toBeVisible();

  // The route serves images of the folder only, and only with the key the page derives from its
  // token: the page-key cookie alone (which other local servers receive) opens nothing.
  const key = (await dot.getAttribute('src'))!.split('?')[1]!;
  const status = (path: string) => page.evaluate((p) => fetch(p).then((r) => r.status), path);
  expect(await status(`/_folder/notes/img/dot.png?${key}`)).toBe(200);
  expect(await status('/_folder/notes/img/dot.png')).toBe(403);
  expect(await status('/_folder/notes/img/dot.png?k=guessed')).toBe(403);
  expect(await status(`/_folder/secret.txt?${key}`)).toBe(403);
  for (const attack of ['/_folder/notes/..%2F..%2Fsecret.png', '/_folder/%2e%2e/package.json', '/_folder/..%5C..%5Cetc%5Cpasswd.png']) {
    expect([400, 403, 404]).toContain(await status(`${attack}?${key}`));
  }
});

test('the preview spaces every block as the exported page does: margins collapse alike in quotes, lists and raw HTML', async ({ page, blog, browser }) => {
  await writeFile(
    join(blog.folder, 'spacing.md'),
    [
      '---\ntitle: Spacing\ndate: 2031-01-06\n---\n',
      '# Heading one\n\nA paragraph.\n\n> A quote, first paragraph.\n>\n> Its last paragraph.\n\nAfter the quote.\n',
      '- a loose list\n\n- of two items\n\n## Heading two\n\n---\n\n1. tight\n2. list\n',
      '<div>\n<p>A paragraph in raw HTML.</p>\n</div>\n\n> [!NOTE]\n> An alert.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      '```js\nconst code = 1;\n```\n\n### Heading three\n\nThe end.\n',
    ].join('\n'),
  );
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(blog.url);
  await openPost(page, /Spacing/, 'Heading one');
  await expect(preview(page).locator('.post-body')).toContainText('The end.');
  // Each top-level block's top and height, from the first block's top.
  const layout = (selector: string) => {
    const blocks = Array.from(document.querySelectorAll(selector));
    const origin = blocks[0]!.getBoundingClientRect().top;
    return blocks.map((block) => {
      const box = block.getBoundingClientRect();
      return `${block.tagName} ${Math.round(box.top - origin)} +${Math.round(box.height)}`;
    });
  };
  const shown = await page.evaluate(layout, '.preview-article .post-body > .preview-chunk > *');
  const width = await preview(page).locator('.post-body').evaluate((body) => body.getBoundingClientRect().width);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML…' }).click();
  const file = join(blog.folder, '..', 'spacing.html');
  await (await download).saveAs(file);
  const viewer = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
  await viewer.goto(`file://${file}`);
  // The same column width as the preview's, so lines wrap alike.
  await viewer.locator('.post-body').evaluate((body: HTMLElement, w) => (body.style.width = `${w}px`), width);
  const exported = await viewer.evaluate(layout, '.post-body > *');
  expect(shown).toEqual(exported);
  expect(shown).toHaveLength(14);
  await viewer.context().close();
});
