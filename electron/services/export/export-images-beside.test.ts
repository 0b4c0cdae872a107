import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/temp-folder';
import { testServices } from '../testing/test-services';

/** A blog with two images of the same name in different folders, one outside the folder, and a post using them. */
async function blog() {
  const root = await tempFolder();
  const folder = join(root, 'blog');
  await mkdir(join(folder, 'img'), { recursive: true });
  await mkdir(join(folder, 'other'), { recursive: true });
  await writeFile(join(folder, 'img', 'a.png'), Buffer.from([1, 2, 3]));
  await writeFile(join(folder, 'other', 'a.png'), Buffer.from([4, 5, 6]));
  await writeFile(join(root, 'secret.png'), Buffer.from([9, 9, 9]));
  const text = '---\ntitle: Pictures\n---\n![a](img/a.png) ![again](img/a.png) ![b](other/a.png) ![s](../secret.png)\n';
  await writeFile(join(folder, 'post.md'), text);
  return { root, folder, text };
}

describe('export.save with images copied beside the file', () => {
  it('copies the post’s local images into <name>_files and links them there, remembered per folder', async () => {
    const { root, folder, text } = await blog();
    const out = join(root, 'out');
    await mkdir(out);
    const userDataDir = await tempFolder();
    const dialogs = { pickFolder: async () => null, pickSavePath: async () => join(out, 'pictures.html') };
    const api = await testServices({ folder, userDataDir, dialogs });
    expect(await api.folder.setExportImages('copy')).toMatchObject({ ok: true, value: { exportImages: 'copy' } });

    expect(await api.export.save({ id: 'post.md', text })).toEqual({ ok: true, value: { path: join(out, 'pictures.html') } });
    const html = await readFile(join(out, 'pictures.html'), 'utf8');
    expect(html).toContain('src="pictures_files/a.png"');
    expect(html).toContain('src="pictures_files/a-2.png"');
    expect(html).toContain('src="../secret.png"'); // outside the posts folder: never copied
    expect(html).not.toContain('data:image');
    expect((await readdir(join(out, 'pictures_files'))).sort()).toEqual(['a-2.png', 'a.png']);
    expect([...(await readFile(join(out, 'pictures_files', 'a.png')))]).toEqual([1, 2, 3]);
    expect([...(await readFile(join(out, 'pictures_files', 'a-2.png')))]).toEqual([4, 5, 6]);

    // The choice is the folder's: a new session on it remembers, and embedding comes back when asked.
    const again = await testServices({ folder, userDataDir, dialogs });
    expect(await again.folder.current()).toMatchObject({ ok: true, value: { exportImages: 'copy' } });
    await again.folder.setExportImages('embed');
    await again.export.save({ id: 'post.md', text });
    expect(await readFile(join(out, 'pictures.html'), 'utf8')).toContain('src="data:image/png;base64,AQID"');
    expect(await again.folder.setExportImages('nope' as 'copy')).toMatchObject({ ok: false });
  });
});
