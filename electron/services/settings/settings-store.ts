import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface Settings {
  /** The folder opened last, reopened on the next launch. */
  readonly lastFolder: string | null;
}

const DEFAULTS: Settings = { lastFolder: null };

/**
 * Settings as one JSON file in the user-data folder. A missing or damaged file means defaults:
 * settings are never worth refusing to start over.
 */
export class SettingsStore {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'settings.json');
  }

  async load(): Promise<Settings> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      if (parsed === null || typeof parsed !== 'object') return DEFAULTS;
      const lastFolder = (parsed as { lastFolder?: unknown }).lastFolder;
      return { lastFolder: typeof lastFolder === 'string' ? lastFolder : null };
    } catch {
      return DEFAULTS;
    }
  }

  async update(change: Partial<Settings>): Promise<void> {
    const next = { ...(await this.load()), ...change };
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
  }
}
