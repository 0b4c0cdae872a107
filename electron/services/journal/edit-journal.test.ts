import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testServices } from '../testing/test-services';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';

const services = (userDataDir: string, folder: string) => testServices({ userDataDir, folder });

const value = <T,>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the crash journal', () => {
  it('offers unsaved text back after the host died, and flags posts changed on disk meanwhile', async () => {
    const userData = await tempFolder();
    const folder = await fixtureBlog();
    const first = await services(userData, folder);
    const hello = value(await first.posts.read('hello-world.md'));
    const note = value(await first.posts.read('untitled-note.md'));
    value(await first.journal.record({ id: hello.id, text: `${hello.text}typed, never saved`, bom: false, baseVersion: hello.version }));
    value(await first.journal.record({ id: note.id, text: 'note edits', bom: false, baseVersion: note.version }));
    // The host dies here; meanwhile another program changes one of the posts.
    await writeFile(join(folder, 'untitled-note.md'), 'changed by git\n');

    const second = await services(userData, folder);
    const edits = value(await second.journal.recoverable());
    expect(edits.map((e) => [e.id, e.changedOnDisk])).toEqual([
      ['hello-world.md', false],
      ['untitled-note.md', true],
    ]);
    expect(edits[0]!.text).toBe(`${hello.text}typed, never saved`);
  });

  it('clears a post’s entry on a clean save or a discard, and keeps folders apart', async () => {
    const userData = await tempFolder();
    const folder = await fixtureBlog();
    const other = await fixtureBlog();
    const api = await services(userData, folder);
    const hello = value(await api.posts.read('hello-world.md'));
    value(await api.journal.record({ id: hello.id, text: 'draft', bom: false, baseVersion: hello.version }));
    value(await api.journal.record({ id: 'untitled-note.md', text: 'other draft', bom: false, baseVersion: null }));
    value(await api.posts.save({ id: hello.id, text: 'draft', bom: false, baseVersion: hello.version }));
    expect(value(await api.journal.recoverable()).map((e) => e.id)).toEqual(['untitled-note.md']);
    value(await api.journal.discard('untitled-note.md'));
    expect(value(await api.journal.recoverable())).toEqual([]);

    value(await api.journal.record({ id: 'hello-world.md', text: 'in the first folder', bom: false, baseVersion: null }));
    value(await api.folder.open(other));
    expect(value(await api.journal.recoverable())).toEqual([]);
  });

  it('refuses ids that leave the folder', async () => {
    const api = await services(await tempFolder(), await fixtureBlog());
    expect(await api.journal.record({ id: '../escape.md', text: 'x', bom: false, baseVersion: null })).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } });
  });
});
