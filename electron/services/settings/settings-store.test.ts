import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/temp-folder';
import { SettingsStore, withRecentFolder } from './settings-store';

describe('SettingsStore', () => {
  it('remembers the last folder, creating the user-data folder on first write', async () => {
    const dir = join(await tempFolder(), 'not-yet-created');
    const store = new SettingsStore(dir);
    expect(await store.load()).toEqual({ lastFolder: null, recentFolders: [], blockRemoteContent: [], copyExportImages: [] });
    await store.update({ lastFolder: '/blog', recentFolders: ['/blog', '/old'] });
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: '/blog', recentFolders: ['/blog', '/old'], blockRemoteContent: [], copyExportImages: [] });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ lastFolder: '/blog', recentFolders: ['/blog', '/old'] });
  });

  it('starts from defaults when the file is damaged', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'settings.json'), '{ not json');
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: null, recentFolders: [], blockRemoteContent: [], copyExportImages: [] });
    await writeFile(join(dir, 'settings.json'), '{"lastFolder": 42, "recentFolders": ["/a", 7], "blockRemoteContent": "/b"}');
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: null, recentFolders: ['/a'], blockRemoteContent: [], copyExportImages: [] });
  });

  it('keeps the recent folders newest first, once each, ten at most', () => {
    let recent: string[] = [];
    for (let i = 0; i < 12; i++) recent = withRecentFolder(recent, `/blog-${i}`);
    recent = withRecentFolder(recent, '/blog-5');
    expect(recent).toHaveLength(10);
    expect(recent.slice(0, 3)).toEqual(['/blog-5', '/blog-11', '/blog-10']);
  });
});
