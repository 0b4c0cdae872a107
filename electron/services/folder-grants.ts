import { realpath } from 'node:fs/promises';

/**
 * The folders the user chose, in the desktop app: picked in the native dialog, named at launch
 * or opened before (the recent list). `folder.open(path)` from the page is held to these, so a
 * page compromised by something it rendered cannot point the app at ~/.ssh and read it.
 * Compared by real path, so a symlink or `..` spelling of a chosen folder is the same folder and
 * a link swapped in to elsewhere is not.
 */
export class FolderGrants {
  private readonly chosen = new Set<string>();

  grant(realPath: string): void {
    this.chosen.add(realPath);
  }

  async allows(path: string, recentFolders: readonly string[]): Promise<boolean> {
    const real = await realpath(path).catch(() => null);
    if (real === null) return false;
    if (this.chosen.has(real)) return true;
    for (const recent of recentFolders) {
      if ((await realpath(recent).catch(() => null)) === real) return true;
    }
    return false;
  }
}
