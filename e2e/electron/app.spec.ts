import { existsSync, realpathSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { API_SHAPE } from '../../shared/api/shape';
import { closeApp, electronForSpecs, fixtureBlog, launchApp, mainEntry } from './electron-app';

/**
 * The real app: the built main process, preload and renderer in Electron. Where that cannot run
 * (no Electron binary, no display) every test is skipped and the reason is printed.
 */

const { binary: electronBinary, reason } = electronForSpecs('app.spec.ts');

const saveShortcut = process.platform === 'darwin' ? 'Meta+S' : 'Control+S';

test.describe('Postwright in Electron', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let blog: string;
  let userData: string;

  test.beforeAll(async () => {
    if (!('path' in electronBinary)) return;
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
    blog = await mkdtemp(join(tmpdir(), 'postwright-e2e-blog-'));
    userData = await mkdtemp(join(tmpdir(), 'postwright-e2e-userdata-'));
    await cp(fixtureBlog, blog, { recursive: true });

    app = await launchApp(electronBinary.path, [blog], userData);
    // Links must not open a real browser on the test machine: record them instead.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      Object.assign(globalThis, { openedExternally: opened });
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await closeApp(app);
    await Promise.all([blog, userData].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('the window is locked down', async () => {
    // getLastWebPreferences is real but missing from Electron's typings: what the renderer got.
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as
        | { getLastWebPreferences?: () => Record<string, unknown> | null }
        | undefined;
      return contents?.getLastWebPreferences?.() ?? null;
    });
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });

    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        list: typeof window.postwright?.posts.list,
        ipcRenderer: 'ipcRenderer' in window || Object.values(scope).some((value) => {
          return typeof value === 'object' && value !== null && 'ipcRenderer' in value;
        }),
        apiAreas: Object.keys(window.postwright ?? {}).sort(),
        events: Object.keys(window.postwrightEvents ?? {}).sort(),
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      list: 'function',
      ipcRenderer: false,
      apiAreas: Object.keys(API_SHAPE).sort(),
      events: ['on', 'ready'],
    });

    // window.open never makes a window: the link goes to the user's browser instead.
    const openedExternally = () =>
      app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally);
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    await expect.poll(openedExternally).toEqual(['https://example.com/']);
    expect(app.windows()).toHaveLength(1);

    // A script that tries to leave the app's page stays on it; the link goes out the same way.
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/elsewhere';
    });
    await expect.poll(openedExternally).toEqual(['https://example.com/', 'https://example.com/elsewhere']);
    expect(page.url()).toBe(before);
    // Served by the app:// protocol (app-protocol.ts), never from file://.
    expect(before.startsWith('app://postwright/')).toBe(true);

    // The page's CSP arrives as a header; web permissions are denied.
    const checks = await page.evaluate(async () => {
      const response = await fetch(location.href);
      const geolocation = await navigator.permissions.query({ name: 'geolocation' });
      return { csp: response.headers.get('content-security-policy'), geolocation: geolocation.state };
    });
    expect(checks.csp).toContain("default-src 'none'");
    expect(checks.csp).toContain("script-src 'self'");
    expect(checks.geolocation).toBe('denied');
  });

  test('serves the open folder\'s images, and nothing else of the disk', async () => {
    await writeFile(join(blog, 'pixel.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const statuses = await page.evaluate(async () => {
      const status = (path: string) => fetch(`app://postwright/_folder/${path}`).then((r) => r.status, () => 0);
      return {
        image: await status('pixel.png'),
        post: await status('hello-world.md'),
        escape: await status('..%2F..%2F..%2Fetc%2Fpasswd'),
        missing: await status('missing.png'),
      };
    });
    expect(statuses).toEqual({ image: 200, post: 403, escape: 400, missing: 404 });
  });

  test('opens the folder named on the command line', async () => {
    const current = await page.evaluate(() => window.postwright?.folder.current());
    expect(current?.ok).toBe(true);
    if (current?.ok) expect(realpathSync(current.value?.path ?? '')).toBe(realpathSync(blog));
  });

  test('edits a post and saves it exactly to disk', async () => {
    const file = join(blog, 'hello-world.md');
    const original = await readFile(file, 'utf8');
    const typed = 'Typed in the Electron app.';

    await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: /Hello World/ }).click();
    const editor = page.locator('.cm-content');
    await expect(editor).toContainText('This is the *first* post.');
    await editor.click();
    // Type at the very end so the expected file is exactly the original plus the text.
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+ArrowDown' : 'Control+End');
    await page.keyboard.type(typed);
    await page.keyboard.press(saveShortcut);

    await expect.poll(() => readFile(file, 'utf8')).toBe(original + typed);
  });
});
