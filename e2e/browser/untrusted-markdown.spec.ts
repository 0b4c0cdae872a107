import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/serve-fixture';
import { modKey, openPost, preview, typeAtEnd } from '../support/editor';

test('the preview sanitizes raw HTML: no script runs, no handler survives', async ({ page, blog }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(
    page,
    '\n\n<img src="nope.png" onerror="alert(1)" alt="pic">\n\n<script>alert(2)</script>\n\n<a href="javascript:alert(3)">click</a> <b>kept</b>\n',
  );
  const body = preview(page);
  // Wait for the preview of the whole text (it renders while typing, so a half-typed <b> may show first).
  await expect(body.locator('b', { hasText: 'kept' })).toHaveCount(1);
  await expect(body.locator('b')).toHaveText('kept');
  await expect(body.locator('img[alt="pic"]')).toHaveCount(1);
  expect(await body.locator('img[alt="pic"]').getAttribute('onerror')).toBeNull();
  await expect(body.locator('script')).toHaveCount(0);
  expect(await body.getByText('click').getAttribute('href')).toBeNull();
  await body.getByText('click').click();
  expect(dialogs).toEqual([]);
});

test('a hostile post cannot cover the app or make the browser load from elsewhere', async ({ page, blog }) => {
  await writeFile(
    join(blog.folder, 'hostile.md'),
    [
      '---',
      'title: Hostile',
      'date: 2030-01-01',
      '---',
      '',
      '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Your session expired. <a href="https://evil.example/login">Sign in again</a></div>',
      '',
      '<p style="background:url(http://tracker.example/css.png)">styled</p>',
      '',
      '![remote](http://tracker.example/pixel.png) ![self](http://127.0.0.1:9/?reboot=1)',
      '',
      '<video poster="http://tracker.example/poster.png" src="http://tracker.example/v.mp4"></video>',
      '<img src="//tracker.example/protocol-relative.png">',
      '',
    ].join('\n'),
  );
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(blog.url);
  await openPost(page, /Hostile/, 'Your session expired');
  await expect(preview(page).getByText('styled')).toBeVisible();
  await page.waitForTimeout(500); // give any stray load the time to be attempted
  // The left edge of the window still belongs to the app, not to the post's overlay.
  const atLeftEdge = await page.evaluate(() => document.elementFromPoint(20, 300)?.closest('nav,aside,[role=navigation]') !== null);
  expect(atLeftEdge).toBe(true);
  await expect(page.getByRole('button', { name: 'Open folder…' })).toBeVisible();
  await page.getByRole('button', { name: 'Open folder…' }).click({ trial: true });
  const origin = new URL(blog.url).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});

test('a folder can block even https images, from the palette, and the choice outlives a reload', async ({ page, blog }) => {
  await writeFile(join(blog.folder, 'remote.md'), '---\ntitle: Remote\ndate: 2030-01-02\n---\n\nIntro.\n\n![pixel](https://images.example/pixel.png)\n');
  const remote: string[] = [];
  // No network here: answer https image requests ourselves, counting them.
  await page.route('https://images.example/**', (route) => {
    remote.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.from('89504e470d0a1a0a', 'hex') });
  });
  await page.goto(blog.url);
  await openPost(page, /Remote/, 'Intro.');
  const image = preview(page).locator('img[alt="pixel"]');
  await expect(image).toHaveAttribute('src', 'https://images.example/pixel.png');

  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('block remote');
  await expect(page.locator('.palette-list').getByRole('option', { selected: true })).toContainText('Block Remote Images in This Folder'); // the palette's, not a sidebar select's
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Remote images are blocked' })).toBeVisible();
  await expect(image).toHaveCount(1);
  await expect(image).not.toHaveAttribute('src', /./);

  const before = remote.length;
  await page.reload();
  await openPost(page, /Remote/, 'Intro.');
  await expect(preview(page).locator('img[alt="pixel"]')).not.toHaveAttribute('src', /./);
  expect(remote.length).toBe(before); // nothing fetched once blocked

  await page.keyboard.press(`${modKey}+Shift+P`);
  await page.keyboard.type('allow https');
  await page.keyboard.press('Enter');
  await expect(preview(page).locator('img[alt="pixel"]')).toHaveAttribute('src', 'https://images.example/pixel.png');
});
