import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/serve-fixture';
import { startServe } from '../support/serve-fixture';
import { editorContent, openPost, preview } from '../support/editor';

/** A real PNG (solid colour) built here, so the preview has something to decode and draw. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** Pastes (or drops) a file into the editor the way the browser delivers one from the clipboard. */
async function sendImage(page: Page, how: 'paste' | 'drop', png: Buffer, name: string, at = { x: 0, y: 0 }): Promise<void> {
  await page.evaluate(
    ({ how, bytes, name, at }) => {
      const file = new File([new Uint8Array(bytes)], name, { type: 'image/png' });
      const data = new DataTransfer();
      data.items.add(file);
      const content = document.querySelector('.cm-content')!;
      if (how === 'paste') {
        content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        content.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, clientX: at.x, clientY: at.y }));
      }
    },
    { how, bytes: [...png], name, at },
  );
}

test('a pasted image is copied beside the post, linked with its alt text, and shown in the preview', async ({ page, blog }, testInfo) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'Hello');
  await editorContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const png = solidPng(120, 60, [200, 60, 40]);
  await sendImage(page, 'paste', png, 'Red Banner.png');

  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  const alt = dialog.getByLabel('Alt text for “Red Banner.png”');
  await expect(alt).toHaveValue('Red Banner');
  await alt.fill('A red banner');
  await dialog.getByRole('button', { name: 'Insert' }).click();

  await expect(editorContent(page)).toContainText('![A red banner](hello-world-assets/red-banner.png)');
  expect(await readFile(join(blog.folder, 'hello-world-assets', 'red-banner.png'))).toEqual(png);
  const image = preview(page).locator('img[alt="A red banner"]');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  await expect(page.getByRole('status').filter({ hasText: 'hello-world-assets/red-banner.png' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('image-pasted.png') });

  // The same name again never overwrites; one Undo takes the inserted line back out.
  await sendImage(page, 'paste', png, 'Red Banner.png');
  await page.getByRole('dialog', { name: 'Insert image' }).getByRole('button', { name: 'Insert' }).click();
  await expect(editorContent(page)).toContainText('![Red Banner](hello-world-assets/red-banner-2.png)');
  expect((await readdir(join(blog.folder, 'hello-world-assets'))).sort()).toEqual(['red-banner-2.png', 'red-banner.png']);
  await page.keyboard.press('Control+z');
  await expect(editorContent(page)).not.toContainText('red-banner-2.png');
  await expect(editorContent(page)).toContainText('red-banner.png');
});

test('cancelling the alt text copies nothing; an SVG is refused with a reason', async ({ page, blog }) => {
  await page.goto(blog.url);
  await openPost(page, /Hello World/, 'Hello');
  await editorContent(page).click();
  await sendImage(page, 'paste', solidPng(4, 4, [0, 0, 0]), 'x.png');
  await page.getByRole('dialog', { name: 'Insert image' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(stat(join(blog.folder, 'hello-world-assets'))).rejects.toThrow();

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'evil.svg', { type: 'image/svg+xml' }));
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('SVG can carry scripts');
  await expect(editorContent(page)).not.toContainText('evil');
});

test('an image dropped on a Hugo post goes to static/images and links by its site URL', async ({ page }, testInfo) => {
  const site = join(tmpdir(), `postwright-e2e-hugo-${process.pid}-${Date.now()}`);
  await mkdir(join(site, 'content/posts'), { recursive: true });
  await writeFile(join(site, 'hugo.toml'), 'title = "Trips"\n');
  await writeFile(join(site, 'content/posts/trip.md'), '---\ntitle: "The Trip"\ndate: 2031-02-03\n---\n\nWe went.\n');
  const { url, child } = await startServe(site, join(site, '..', `${site.split('/').pop()}-user-data`));
  try {
    await page.goto(url);
    await openPost(page, /The Trip/, 'We went.');
    const png = solidPng(80, 40, [40, 90, 200]);
    // Dropped at the end of the last line: the image goes on a line of its own after it.
    const line = (await editorContent(page).locator('.cm-line', { hasText: 'We went.' }).boundingBox())!;
    await sendImage(page, 'drop', png, 'Mountain View.png', { x: line.x + line.width - 2, y: line.y + line.height / 2 });
    await page.getByRole('dialog', { name: 'Insert image' }).getByRole('button', { name: 'Insert' }).click();
    await expect(editorContent(page)).toContainText('![Mountain View](/images/mountain-view.png)');
    const lines = await editorContent(page).locator('.cm-line').allTextContents();
    expect(lines.slice(lines.indexOf('We went.'))).toEqual(['We went.', '![Mountain View](/images/mountain-view.png)', '']);
    expect(await readFile(join(site, 'static/images/mountain-view.png'))).toEqual(png);
    const image = preview(page).locator('img[alt="Mountain View"]');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
    await page.screenshot({ path: testInfo.outputPath('image-dropped-hugo.png') });
  } finally {
    child.kill();
  }
});
