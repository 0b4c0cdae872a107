import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/serve-fixture';
import { modKey, postButton } from '../support/editor';

/** Enough posts that the export takes a while and sends several progress events. */
const EXTRA_POSTS = 400;

async function addPosts(folder: string): Promise<void> {
  await mkdir(join(folder, 'bulk'));
  const paragraph = 'A paragraph of an ordinary post, long enough to be worth rendering. '.repeat(20);
  for (let i = 0; i < EXTRA_POSTS; i++) {
    const body = Array.from({ length: 12 }, (_, n) => `## Section ${n}\n\n${paragraph}\n\n\`\`\`js\nconst n = ${n};\n\`\`\``).join('\n\n');
    await writeFile(join(folder, 'bulk', `bulk-${i}.md`), `---\ntitle: Bulk ${i}\ndate: 2020-01-${String((i % 28) + 1).padStart(2, '0')}\ntags: [bulk]\n---\n\n${body}\n`);
  }
  await writeFile(join(folder, 'broken.md'), '---\ntitle: [unclosed\n---\n\nStill written.\n');
}

/** Records every text the running panel shows, so a quick export's progress is not missed between polls. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const step = document.querySelector('.site-export-panel.is-running .site-export-step')?.textContent;
      if (step && seen.at(-1) !== step) seen.push(step);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('Export Site from the palette: progress, a summary with problems, and an index.html that opens from disk', async ({ page, blog, browser }) => {
  await addPosts(blog.folder);
  await page.goto(blog.url);
  await expect(postButton(page, /Hello World/)).toBeVisible();
  await recordProgress(page);

  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('export site');
  await expect(page.locator('.palette-list').getByRole('option', { selected: true })).toContainText('File: Export Site…');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Export site' });
  const field = dialog.getByLabel('Output folder');
  await expect(field).toBeFocused();
  // A folder that contains the posts: refused with the reason, in the dialog, nothing exported.
  await field.fill(dirname(blog.folder));
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toContainText('contains the posts folder');
  await expect(page.locator('.site-export-panel')).toBeHidden();
  const out = join(dirname(blog.folder), 'site');
  await field.fill(out);
  await dialog.getByLabel('Flat file names').check();
  await dialog.getByRole('button', { name: 'Export' }).click();

  const panel = page.locator('.site-export-panel');
  await expect(panel).toContainText('Site exported to', { timeout: 60_000 });
  await expect(dialog).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  // Host progress events reached the page (SSE → state → panel). A quick export may show only the
  // last of them: the page renders once per frame, whatever number arrived in it.
  const fromEvents = new RegExp(`^((Reading posts|Writing pages) \\d+ of ${EXTRA_POSTS + 5}|Writing the index, tag pages, feeds and images…)$`);
  expect(seen.filter((step) => fromEvents.test(step)).length, JSON.stringify(seen)).toBeGreaterThan(0);
  await expect(panel).toContainText(out);
  await expect(panel).toContainText(`${EXTRA_POSTS + 5} posts`);
  await expect(panel.locator('.site-export-problems li')).toHaveCount(1);
  await expect(panel.locator('.site-export-problems li code')).toHaveText(/^broken\.md:\d+$/);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();

  // The exported site opens from disk, offline, and its links work there (flat files).
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const site = await context.newPage();
    await site.goto(pathToFileURL(join(out, 'index.html')).href);
    await expect(site.locator('.post-list h2').first()).toBeVisible();
    await site.getByRole('link', { name: 'Hello World' }).first().click();
    await expect(site.locator('h1.post-title')).toHaveText('Hello World');
    expect(await site.locator('script').count()).toBe(0);
  } finally {
    await context.close();
  }
});
