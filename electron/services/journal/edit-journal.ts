import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { JournalEntry, PostId } from '../../../shared/api/types';

/**
 * The crash journal: unsaved edits kept in the app's data folder (never in the posts folder),
 * one file per post, so text typed but not saved survives a crash of the app, the renderer or
 * the host, and is offered back on the next start. A clean save or an explicit discard clears
 * a post's entry. Writes are atomic (write-file-atomic is right here: our own data folder, no
 * other writer), so a crash during journaling leaves the previous entry, not half of one.
 */
interface StoredEntry extends JournalEntry {
  readonly folder: string;
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

export class EditJournal {
  constructor(private readonly dir: string) {}

  private folderDir(folder: string): string {
    return join(this.dir, hash(folder));
  }

  private entryPath(folder: string, id: PostId): string {
    return join(this.folderDir(folder), `${hash(id)}.json`);
  }

  async record(folder: string, entry: Omit<JournalEntry, 'savedAt'>): Promise<void> {
    const stored: StoredEntry = { ...entry, folder, savedAt: new Date().toISOString() };
    await mkdir(this.folderDir(folder), { recursive: true });
    await writeFileAtomic(this.entryPath(folder, entry.id), JSON.stringify(stored));
  }

  async discard(folder: string, id: PostId): Promise<void> {
    await rm(this.entryPath(folder, id), { force: true });
  }

  /** Every entry kept for this folder, oldest first; damaged entries are skipped, not fatal. */
  async entries(folder: string): Promise<JournalEntry[]> {
    const dir = this.folderDir(folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    const found: JournalEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      try {
        const stored = JSON.parse(await readFile(join(dir, name), 'utf8')) as Partial<StoredEntry>;
        if (stored.folder !== folder || typeof stored.id !== 'string' || typeof stored.text !== 'string') continue;
        found.push({
          id: stored.id,
          text: stored.text,
          bom: stored.bom === true,
          baseVersion: typeof stored.baseVersion === 'string' ? stored.baseVersion : null,
          savedAt: String(stored.savedAt),
        });
      } catch {
        // A damaged entry (a crash mid-write before atomic rename cannot cause it, a full disk can).
      }
    }
    return found.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }
}
