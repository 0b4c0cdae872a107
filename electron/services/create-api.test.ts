import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ENDPOINTS } from '../../shared/api/shape';
import { createAppServices } from './create-app-services';
import type { HostDialogs, PdfPrinter } from './host-dialogs';
import { fixtureBlog, tempFolder } from './testing/temp-folder';

const sampleSource = join(import.meta.dirname, '../../assets/sample-blog');

async function services(options: { folder?: string; dialogs?: HostDialogs | null; userDataDir?: string; folderAccess?: 'chosen' | 'any'; printPdf?: PdfPrinter } = {}) {
  return createAppServices({
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    userDataDir: options.userDataDir ?? (await tempFolder()),
    sampleBlogSource: sampleSource,
    dialogs: options.dialogs ?? null,
    transport: 'http',
    version: '9.9.9',
    platform: 'linux',
    ...(options.folder ? { folder: options.folder } : {}),
    ...(options.folderAccess ? { folderAccess: options.folderAccess } : {}),
  });
}

describe('createAppServices', () => {
  it('opens the sample blog on first launch, then remembers the last opened folder', async () => {
    const userDataDir = await tempFolder();
    const first = await services({ userDataDir });
    const current = await first.folder.current();
    expect(current).toMatchObject({ ok: true, value: { name: 'Sample Blog', isSample: true } });
    const list = await first.posts.list();
    expect(list.ok && list.value.posts.length).toBe(4);

    const blog = await fixtureBlog();
    expect((await first.folder.open(blog)).ok).toBe(true);
    const second = await services({ userDataDir });
    expect(await second.folder.current()).toMatchObject({ ok: true, value: { path: blog, isSample: false } });
  });

  it('falls back to the sample blog when the remembered folder vanished', async () => {
    const userDataDir = await tempFolder();
    const first = await services({ userDataDir });
    await first.folder.open(join(userDataDir, 'missing')); // refused: not remembered
    expect(await (await services({ userDataDir })).folder.current()).toMatchObject({ ok: true, value: { isSample: true } });
  });

  it('implements every method of the contract, each returning a Result', async () => {
    const api = await services({ folder: await fixtureBlog() });
    for (const endpoint of API_ENDPOINTS) {
      const area = api[endpoint.area] as unknown as Record<string, (...args: unknown[]) => Promise<{ ok: boolean }>>;
      const result = await area[endpoint.method]!();
      expect(typeof result.ok, endpoint.name).toBe('boolean');
    }
  });

  it('returns errors as values, never throws', async () => {
    const api = await services({ folder: await fixtureBlog() });
    expect(await api.posts.read('../etc/passwd.md')).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } });
    expect(await api.posts.save(null as never)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await api.folder.pick()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(await api.app.info()).toEqual({ ok: true, value: { version: '9.9.9', transport: 'http', platform: 'linux', nativeDialogs: false } });
  });

  it('passes a close answer to the desktop shell, and refuses it where no shell asks (HTTP)', async () => {
    const over = await services({ folder: await fixtureBlog() });
    expect(await over.app.answerClose(1, true)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    const answers: [number, boolean][] = [];
    const desktop = await createAppServices({
      userDataDir: await tempFolder(),
      sampleBlogSource: sampleSource,
      dialogs: null,
      transport: 'electron',
      version: '9.9.9',
      platform: 'linux',
      closeAnswers: { answer: (request, proceed) => answers.push([request, proceed]) },
    });
    expect(await desktop.app.answerClose(3, false)).toEqual({ ok: true, value: null });
    expect(answers).toEqual([[3, false]]);
  });

  it("hands the theme choice to the desktop shell's native theme; over HTTP it is accepted and changes nothing", async () => {
    const over = await services({ folder: await fixtureBlog() });
    expect(await over.app.setTheme('dark')).toEqual({ ok: true, value: null });
    const sources: string[] = [];
    const desktop = await createAppServices({
      userDataDir: await tempFolder(),
      sampleBlogSource: sampleSource,
      dialogs: null,
      transport: 'electron',
      version: '9.9.9',
      platform: 'linux',
      nativeTheme: (theme) => sources.push(theme),
    });
    expect(await desktop.app.setTheme('light')).toEqual({ ok: true, value: null });
    expect(await desktop.app.setTheme('system')).toEqual({ ok: true, value: null });
    expect(sources).toEqual(['light', 'system']);
    // Both transports check the arguments before the API sees them.
    const { checkArguments } = await import('./dispatch-endpoint');
    const endpoint = { area: 'app', method: 'setTheme', name: 'app.setTheme' } as const;
    expect(checkArguments(endpoint, ['sepia'])).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(checkArguments(endpoint, ['dark'])).toEqual({ ok: true, value: ['dark'] });
  });

  it('grants a folder through the grants the shell passes in, so the page may open it', async () => {
    const { FolderGrants } = await import('./folder-grants');
    const grants = new FolderGrants();
    const api = await createAppServices({
      userDataDir: await tempFolder(),
      sampleBlogSource: sampleSource,
      dialogs: null,
      transport: 'electron',
      version: '9.9.9',
      platform: 'linux',
      folderAccess: 'chosen',
      grants,
    });
    const blog = await fixtureBlog();
    expect(await api.folder.open(blog)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    grants.grant(blog);
    expect(await api.folder.open(blog)).toMatchObject({ ok: true, value: { path: blog } });
  });

  it('exports a post to a file the dialog picked, or nothing when cancelled', async () => {
    const out = await tempFolder();
    let answer: string | null = join(out, 'exported.html');
    const api = await services({
      folder: await fixtureBlog(),
      dialogs: { pickFolder: async () => null, pickSavePath: async () => answer },
    });
    const saved = await api.export.save({ id: 'hello-world.md', text: '---\ntitle: Edited Title\n---\nUnsaved *edit*\n' });
    expect(saved).toEqual({ ok: true, value: { path: join(out, 'exported.html') } });
    const html = await readFile(join(out, 'exported.html'), 'utf8');
    expect(html).toContain('<title>Edited Title</title>');
    expect(html).toContain('Unsaved <em>edit</em>');
    answer = null;
    expect(await api.export.save({ id: 'hello-world.md', text: 'x' })).toEqual({ ok: true, value: { path: null } });
    expect(await api.export.render({ id: '../x.md', text: 'x' })).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } });
  });

  it('prints the light export HTML to a PDF where the dialog picked, and explains why not over HTTP', async () => {
    const out = await tempFolder();
    const printed: string[] = [];
    const picked: string[] = [];
    const api = await services({
      folder: await fixtureBlog(),
      dialogs: { pickFolder: async () => null, pickSavePath: async (name, kind) => (picked.push(`${name} ${kind}`), join(out, 'post.pdf')) },
      printPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake bytes from the test printer')),
    });
    const saved = await api.export.savePdf({ id: 'hello-world.md', text: '---\ntitle: Paper\n---\nText\n' });
    expect(saved).toEqual({ ok: true, value: { path: join(out, 'post.pdf') } });
    expect(picked).toEqual(['paper.pdf pdf']);
    expect(printed[0]).toContain('<title>Paper</title>');
    expect(printed[0]).toContain('color-scheme: light');
    expect(await readFile(join(out, 'post.pdf'), 'utf8')).toMatch(/^%PDF/);
    const browser = await services({ folder: await fixtureBlog() });
    expect(await browser.export.savePdf({ id: 'hello-world.md', text: 'x' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringMatching(/desktop app.*Print/) } });
  });
});

describe('remote content per folder', () => {
  const post = { id: 'hello-world.md', text: '![tracker](https://tracker.example/p.gif) ![local](img/a.png)\n' };

  it('exports https images by default and nothing remote once the writer blocks it, remembered per folder', async () => {
    const userDataDir = await tempFolder();
    const blog = await fixtureBlog();
    const other = await fixtureBlog();
    const api = await services({ userDataDir, folder: blog });
    expect(await api.folder.current()).toMatchObject({ ok: true, value: { remoteContent: 'https' } });
    const open = await api.export.render(post);
    expect(open.ok && open.value.html).toContain('src="https://tracker.example/p.gif"');

    expect(await api.folder.setRemoteContent('block')).toMatchObject({ ok: true, value: { path: blog, remoteContent: 'block' } });
    const blocked = await api.export.render(post);
    expect(blocked.ok && blocked.value.html).not.toContain('tracker.example');
    expect(blocked.ok && blocked.value.html).toContain('src="img/a.png"');

    // Another folder keeps the default; coming back (even after a restart) restores the choice.
    expect(await api.folder.open(other)).toMatchObject({ ok: true, value: { remoteContent: 'https' } });
    const restarted = await services({ userDataDir });
    expect(await restarted.folder.open(blog)).toMatchObject({ ok: true, value: { remoteContent: 'block' } });
    expect(await restarted.folder.setRemoteContent('https')).toMatchObject({ ok: true, value: { remoteContent: 'https' } });
    expect(await (await services({ userDataDir })).folder.open(blog)).toMatchObject({ ok: true, value: { remoteContent: 'https' } });
  });

  it('refuses a policy that is not one of the two', async () => {
    const api = await services({ folder: await fixtureBlog() });
    expect(await api.folder.setRemoteContent('http' as never)).toMatchObject({ ok: false });
  });
});

describe('the sample blog behind a symlinked user-data folder', () => {
  it('is still recognised as the sample', async () => {
    const real = await tempFolder();
    const linked = join(await tempFolder(), 'linked-user-data');
    await symlink(real, linked);
    const api = await services({ userDataDir: linked });
    expect(await api.folder.current()).toMatchObject({ ok: true, value: { name: 'Sample Blog', isSample: true } });
  });
});

describe('folder.open in the desktop app (folderAccess: chosen)', () => {
  it('opens only folders the user chose: picked in the dialog, opened before, or named at launch', async () => {
    const userDataDir = await tempFolder();
    const launch = await fixtureBlog();
    const picked = await fixtureBlog();
    const neverChosen = await fixtureBlog();
    let answer: string | null = picked;
    const api = await services({ userDataDir, folder: launch, folderAccess: 'chosen', dialogs: { pickFolder: async () => answer, pickSavePath: async () => null } });

    const refused = await api.folder.open(neverChosen);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api.folder.current()).toMatchObject({ ok: true, value: { path: launch } });
    // A link to a folder that was never chosen is the same refusal.
    const link = join(await tempFolder(), 'link');
    await symlink(neverChosen, link);
    expect(await api.folder.open(link)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await api.folder.pick()).toMatchObject({ ok: true, value: { path: picked } });
    expect(await api.folder.open(launch)).toMatchObject({ ok: true, value: { path: launch } });
    expect(await api.folder.open(picked)).toMatchObject({ ok: true, value: { path: picked } });

    // After a restart, the recent folders are still chosen ones; others still are not.
    answer = null;
    const again = await services({ userDataDir, folderAccess: 'chosen', dialogs: { pickFolder: async () => answer, pickSavePath: async () => null } });
    expect(await again.folder.open(launch)).toMatchObject({ ok: true });
    expect(await again.folder.open(neverChosen)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets the serve host open any folder by path: its user holds the token', async () => {
    const api = await services({ folder: await fixtureBlog() });
    expect(await api.folder.open(await fixtureBlog())).toMatchObject({ ok: true });
  });
});

describe('folder.complete', () => {
  it('lists matching folders and the recent ones in serve, only the recent ones in the desktop app', async () => {
    const userDataDir = await tempFolder();
    const blog = await fixtureBlog();
    const served = await services({ userDataDir, folder: blog });
    const answer = await served.folder.complete(join(blog, 'no'));
    expect(answer).toMatchObject({ ok: true, value: { folders: [join(blog, 'notes')], recent: [blog] } });
    const desktop = await services({ userDataDir, folder: blog, folderAccess: 'chosen' });
    expect(await desktop.folder.complete(join(blog, 'no'))).toMatchObject({ ok: true, value: { folders: [], recent: [blog] } });
  });
});
