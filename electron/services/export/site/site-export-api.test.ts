import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEventMap, HostEventName } from '../../../../shared/api/host-events';
import type { SiteExportProgress } from '../../../../shared/api/types';
import { tempFolder } from '../../testing/temp-folder';
import { testServices } from '../../testing/test-services';

/** A blog of `count` dated posts, one with a broken front matter line. */
async function blog(count: number, body = ''): Promise<string> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'posts'));
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    await writeFile(join(folder, 'posts', `post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-03-${day}\ntags: [notes]\n---\n\nBody of post ${i}.\n${body}`);
  }
  await writeFile(join(folder, 'posts', 'broken.md'), '---\ntitle: [unclosed\n---\n\nStill a body.\n');
  return folder;
}

async function servicesWithEvents(folder: string) {
  const events: { name: HostEventName; payload: unknown }[] = [];
  const publish = <E extends HostEventName>(name: E, payload: HostEventMap[E]) => void events.push({ name, payload });
  const api = await testServices({ folder, publish });
  const progress = () => events.filter((event) => event.name === 'site-export-progress').map((event) => event.payload as SiteExportProgress);
  return { api, progress };
}

describe('export.site', () => {
  it('exports the open folder, publishing progress events, and sums up what it did', async () => {
    const { api, progress } = await servicesWithEvents(await blog(12));
    const out = join(await tempFolder(), 'site');
    const result = await api.export.site({ out, drafts: false, flat: false, clean: false });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ posts: 13, deleted: 0, unchanged: 0 });
    expect(result.value!.written).toBeGreaterThan(13);
    expect(result.value!.problems).toEqual([expect.objectContaining({ in: 'posts', file: 'posts/broken.md', line: expect.any(Number) })]);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Post 11');

    const events = progress();
    expect(events[0]).toEqual({ phase: 'posts', done: 1, total: 13 });
    expect(events).toContainEqual({ phase: 'posts', done: 13, total: 13 });
    expect(events.at(-1)).toEqual({ phase: 'pages', done: 13, total: 13 });

    // A second run rewrites nothing that did not change.
    const again = await api.export.site({ out, drafts: false, flat: true, clean: false });
    expect(again.ok).toBe(true);
    const twice = await api.export.site({ out, drafts: false, flat: true, clean: false });
    expect(twice).toMatchObject({ ok: true, value: { written: 0 } });
    expect(twice.ok && twice.value!.unchanged).toBeGreaterThan(13);
  });

  it('refuses a second export while one runs, and cancel stops the running one', async () => {
    const { api, progress } = await servicesWithEvents(await blog(150));
    const out = join(await tempFolder(), 'site');
    const first = api.export.site({ out, drafts: false, flat: false, clean: false });
    const second = await api.export.site({ out: join(await tempFolder(), 'other'), drafts: false, flat: false, clean: false });
    expect(second).toMatchObject({ ok: false, error: { code: 'BUSY' } });

    expect(await api.export.cancelSite()).toEqual({ ok: true, value: true });
    expect(await first).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(progress().some((event) => event.phase === 'pages' && event.done === 151)).toBe(false);
    expect(await api.export.cancelSite()).toEqual({ ok: true, value: false });

    // The slot is free again, and what a cancelled run wrote is still Postwright's to replace.
    const after = await api.export.site({ out, drafts: false, flat: false, clean: false });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value!.problems.filter((problem) => problem.in === 'output')).toEqual([]);
    expect(after.value!.posts).toBe(151);
  });

  it('cancelled while writing pages, the next export still replaces what it wrote', async () => {
    const folder = await blog(150);
    const events: SiteExportProgress[] = [];
    let cancel: () => void = () => {};
    const api = await testServices({
      folder,
      publish: (name, payload) => {
        if (name !== 'site-export-progress') return;
        events.push(payload as SiteExportProgress);
        if ((payload as SiteExportProgress).phase === 'pages') cancel();
      },
    });
    cancel = () => void api.export.cancelSite();
    const out = join(await tempFolder(), 'site');
    expect(await api.export.site({ out, drafts: false, flat: false, clean: false })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    cancel = () => {};
    const after = await api.export.site({ out, drafts: false, flat: false, clean: false });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value!.problems.filter((problem) => problem.in === 'output')).toEqual([]);
  });

  it('refuses an output folder that contains the posts, a relative path, and answers null when the picker is cancelled', async () => {
    const folder = await blog(1);
    const { api } = await servicesWithEvents(folder);
    const inside = await api.export.site({ out: join(folder, '..'), drafts: false, flat: false, clean: false });
    expect(inside).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringContaining('contains the posts folder') } });
    expect(await api.export.site({ out: 'site', drafts: false, flat: false, clean: false })).toMatchObject({ ok: false, error: { code: 'INVALID' } });

    const picked: string[] = [];
    const desktop = await testServices({
      folder,
      folderAccess: 'chosen',
      dialogs: { pickFolder: async (purpose) => (picked.push(String(purpose)), null), pickSavePath: async () => null },
    });
    expect(await desktop.export.site({ out: null, drafts: false, flat: false, clean: false })).toEqual({ ok: true, value: null });
    expect(picked).toEqual(['export-site']);
    // Its page may not name a folder to write into.
    expect(await desktop.export.site({ out: '/tmp/x', drafts: false, flat: false, clean: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The slot was released: the next one is not BUSY.
    expect(await desktop.export.site({ out: null, drafts: false, flat: false, clean: false })).toEqual({ ok: true, value: null });
  });

  it('lets the host answer other work while rendering: a cancel that waits for the event loop still lands', async () => {
    // Posts long enough that rendering them takes a while (about 2 KB each, with code).
    const folder = await blog(300, `\n## Part\n\n${'Some *words* and `code`. '.repeat(60)}\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`);
    let cancel: () => void = () => {};
    let asked = false;
    const api = await testServices({
      folder,
      publish: (name, payload) => {
        if (name !== 'site-export-progress' || (payload as SiteExportProgress).phase !== 'pages' || asked) return;
        asked = true;
        // As a cancel request would arrive: only once the export lets the event loop run.
        setTimeout(cancel, 0);
      },
    });
    cancel = () => void api.export.cancelSite();
    const result = await api.export.site({ out: join(await tempFolder(), 'site'), drafts: false, flat: false, clean: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});
