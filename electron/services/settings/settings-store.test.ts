import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/temp-folder';
import { SettingsStore } from './settings-store';

describe('SettingsStore', () => {
  it('remembers the last folder, creating the user-data folder on first write', async () => {
    const dir = join(await tempFolder(), 'not-yet-created');
    const store = new SettingsStore(dir);
    expect(await store.load()).toEqual({ lastFolder: null });
    await store.update({ lastFolder: '/blog' });
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: '/blog' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ lastFolder: '/blog' });
  });

  it('starts from defaults when the file is damaged', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'settings.json'), '{ not json');
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: null });
    await writeFile(join(dir, 'settings.json'), '{"lastFolder": 42}');
    expect(await new SettingsStore(dir).load()).toEqual({ lastFolder: null });
  });
});
