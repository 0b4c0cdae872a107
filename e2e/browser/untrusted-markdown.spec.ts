import { expect, test } from '../support/serve-fixture';
import { openPost, preview, typeAtEnd } from '../support/editor';

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
  await expect(body.locator('b')).toHaveText('kept');
  await expect(body.locator('img[alt="pic"]')).toHaveCount(1);
  expect(await body.locator('img[alt="pic"]').getAttribute('onerror')).toBeNull();
  await expect(body.locator('script')).toHaveCount(0);
  expect(await body.getByText('click').getAttribute('href')).toBeNull();
  await body.getByText('click').click();
  expect(dialogs).toEqual([]);
});
