import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { closeApp, electronForSpecs, fixtureBlog, launchApp, mainEntry } from './electron-app';

/**
 * Export to PDF in the real app: the command prints the open post through printToPDF in a hidden,
 * sandboxed window and writes a real PDF where the save dialog answers. Skips, saying why, where
 * no Electron binary or display exists.
 */
const { binary: electronBinary, reason } = electronForSpecs('export-pdf.spec.ts');

test.describe('Export to PDF in Electron', () => {
  test.skip(reason !== null, reason ?? '');
  let app: ElectronApplication;
  let dirs: string[] = [];

  test.afterAll(async () => {
    await closeApp(app);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('writes a PDF of the open post and opens no other visible window', async () => {
    if (!('path' in electronBinary)) return;
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
    const blog = await mkdtemp(join(tmpdir(), 'postwright-pdf-blog-'));
    const userData = await mkdtemp(join(tmpdir(), 'postwright-pdf-userdata-'));
    const out = await mkdtemp(join(tmpdir(), 'postwright-pdf-out-'));
    dirs = [blog, userData, out];
    await cp(fixtureBlog, blog, { recursive: true });
    app = await launchApp(electronBinary.path, [join(blog, 'hello-world.md')], userData);
    const target = join(out, 'hello.pdf');
    // The native save dialog cannot be clicked: answer it from the main process instead.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    const page = await app.firstWindow();
    await expect(page.locator('.cm-content')).toContainText('first');
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Shift+P' : 'Control+Shift+P');
    await page.keyboard.type('Export to PDF');
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Exported to ${target}`)).toBeVisible({ timeout: 20_000 });
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length)).toBe(1);
  });
});
