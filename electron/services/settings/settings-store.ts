import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface Settings {
  /** The folder opened last, reopened on the next launch. */
  readonly lastFolder: string | null;
  /** Folders opened before, most recent first (real paths): the Recent Folders list. */
  readonly recentFolders: readonly string[];
  /** Folders (real paths) whose posts may load nothing remote, not even https images. */
  readonly blockRemoteContent: readonly string[];
  /** Folders (real paths) whose HTML exports copy images beside the file instead of embedding them. */
  readonly copyExportImages: readonly string[];
}

const DEFAULTS: Settings = { lastFolder: null, recentFolders: [], blockRemoteContent: [], copyExportImages: [] };

/** How many recent folders are remembered. */
export const MAX_RECENT_FOLDERS = 10;

/** `folder` first, then the others, without duplicates, at most MAX_RECENT_FOLDERS. */
export const withRecentFolder = (recent: readonly string[], folder: string): string[] =>
  [folder, ...recent.filter((path) => path !== folder)].slice(0, MAX_RECENT_FOLDERS);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

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
      const { lastFolder, recentFolders, blockRemoteContent, copyExportImages } = parsed as Record<keyof Settings, unknown>;
      return {
        lastFolder: typeof lastFolder === 'string' ? lastFolder : null,
        recentFolders: strings(recentFolders).slice(0, MAX_RECENT_FOLDERS),
        blockRemoteContent: strings(blockRemoteContent),
        copyExportImages: strings(copyExportImages),
      };
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
