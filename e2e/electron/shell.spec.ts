import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { closeApp, electronForSpecs, fixtureBlog, launchApp, mainEntry } from './electron-app';

/**
 * The desktop shell around the page (issue 12): the title, Open Recent, a second launch naming a
 * post, the close handshake with unsaved edits, and a renderer crash. Each test starts its own app
 * on its own copy of the fixture blog and its own user-data folder.
 */

const { binary, reason } = electronForSpecs('shell.spec.ts');
const executable = 'path' in binary ? binary.path : null;

async function tempCopy(prefix: string): Promise<string> {
  const dir = realpathSync(await mkdtemp(join(tmpdir(), prefix)));
  await cp(fixtureBlog, dir, { recursive: true });
  return dir;
}

test.describe('the desktop shell', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication | undefined;
  let page: Page;
  let blog: string;
  let userData: string;
  const cleanup: string[] = [];

  test.beforeEach(async () => {
    if (executable === null) return;
    blog = await tempCopy('postwright-shell-blog-');
    userData = await mkdtemp(join(tmpdir(), 'postwright-shell-userdata-'));
    cleanup.push(blog, userData);
    app = await launchApp(executable, [blog], userData);
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    // These tests are about the edited mark and the close question: saving stays the writer's (autosave off).
    await page.evaluate(() => localStorage.setItem('postwright.autosave', 'off'));
    await page.reload();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await closeApp(app);
    app = undefined;
  });

  test.afterAll(async () => {
    await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const typeAtEnd = async (text: string) => {
    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+ArrowDown' : 'Control+End');
    await page.keyboard.type(text);
  };
  const openHelloWorld = async () => {
    await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: /Hello World/ }).click();
    await expect(page.locator('.cm-content')).toContainText('This is the *first* post.');
  };

  test('the title shows the post and the folder, with the edited mark the OS shows too', async () => {
    await openHelloWorld();
    await expect(page).toHaveTitle(`Hello World (Saved) — ${basename(blog)} — Postwright`);
    await typeAtEnd(' more');
    await expect(page).toHaveTitle(/^• Hello World/);
    const window = await app!.browserWindow(page);
    expect(await window.evaluate((w) => w.getTitle())).toMatch(/^• Hello World/);
    if (process.platform === 'darwin') expect(await window.evaluate((w) => w.isDocumentEdited())).toBe(true);
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+S' : 'Control+S');
    await expect(page).toHaveTitle(/^Hello World/);
    if (process.platform === 'darwin') expect(await window.evaluate((w) => w.isDocumentEdited())).toBe(false);
  });

  test('File ▸ Open Recent lists the folders opened, and Edit has the standard roles', async () => {
    const menu = await app!.evaluate(({ Menu }) => {
      const items = (id: string) => Menu.getApplicationMenu()?.getMenuItemById(id)?.submenu?.items.map((item) => item.label) ?? null;
      const edit = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'Edit');
      return { recent: items('open-recent'), editRoles: edit?.submenu?.items.map((item) => item.role?.toLowerCase() ?? null) ?? [] };
    });
    expect(menu.recent).toContain(blog);
    expect(menu.editRoles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall']));
  });

  test('a second launch naming a post in another folder opens it in this window', async () => {
    const other = await tempCopy('postwright-shell-other-');
    cleanup.push(other);
    const second = spawn(
      executable!,
      [...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry, join(other, 'hello-world.md')],
      { env: { ...process.env, POSTWRIGHT_USER_DATA: userData }, stdio: 'ignore' },
    );
    // The second instance hands its argv to this one and quits at once.
    const code = await new Promise<number | null>((done) => second.on('exit', done));
    expect(code).toBe(0);
    await expect(page).toHaveTitle(`Hello World (Saved) — ${basename(other)} — Postwright`);
    expect(app!.windows()).toHaveLength(1);
    const current = await page.evaluate(() => window.postwright?.folder.current());
    expect(current?.ok && current.value?.path).toBe(other);
  });

  test('closing with unsaved edits asks in the page: Cancel keeps the window, Save writes and closes', async () => {
    await openHelloWorld();
    const file = join(blog, 'hello-world.md');
    const original = await readFile(file, 'utf8');
    await typeAtEnd(' kept');
    const closeWindow = () => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());

    await closeWindow();
    const dialog = page.getByRole('dialog', { name: 'Save your changes first?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(app!.windows()).toHaveLength(1);
    await expect(page).toHaveTitle(/^• Hello World/);

    // The last window closed: the app quits (Linux, Windows); on macOS it stays, without the window.
    const gone =
      process.platform === 'darwin'
        ? page.waitForEvent('close')
        : new Promise<void>((done) => app!.process().once('exit', () => done()));
    await closeWindow();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await gone;
    expect(await readFile(file, 'utf8')).toBe(`${original} kept`);
    if (process.platform !== 'darwin') app = undefined;
  });

  test('a renderer crash offers a reload, and the editor comes back', async () => {
    // The offer is a native message box: answer "Reload" from here.
    await app!.evaluate(({ dialog }) => {
      dialog.showMessageBox = (async () => ({ response: 0, checkboxChecked: false })) as typeof dialog.showMessageBox;
    });
    await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    // Asked from the main process: the Page object may not survive its renderer.
    const postsShown = () =>
      app!.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.webContents.executeJavaScript("document.querySelector('nav[aria-label=\"Posts\"]') !== null"),
      );
    await expect.poll(postsShown, { timeout: 15_000 }).toBe(true);
    expect(await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.isCrashed())).toBe(false);
  });
});
