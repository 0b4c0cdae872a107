import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, sep } from 'node:path';

const MAX_COMPLETIONS = 50;

/** `~` and `~/…` (also `~\…` on Windows) as the home folder; anything else as typed. */
export function expandHome(path: string, home: string = homedir()): string {
  if (path === '~') return home;
  if (path.startsWith('~/') || (sep === '\\' && path.startsWith('~\\'))) return join(home, path.slice(2));
  return path;
}

/**
 * Folders whose path starts with `partial`, for the open-folder field as the writer types: the
 * folder's subfolders when it ends with a separator, else the siblings that start with its last
 * part (exact case first, then any case). Reads directory names only, never files or contents;
 * hidden folders only when the typed part starts with a dot. Relative paths complete nothing.
 */
export async function completeFolder(partial: string, home: string = homedir()): Promise<{ expanded: string; folders: string[] }> {
  const expanded = expandHome(partial, home);
  if (!isAbsolute(expanded)) return { expanded, folders: [] };
  const endsWithSep = /[\\/]$/.test(expanded);
  const parent = endsWithSep ? expanded : dirname(expanded);
  const prefix = endsWithSep ? '' : basename(expanded);
  let names: string[];
  try {
    const entries = await readdir(parent, { withFileTypes: true });
    const candidates = entries.filter((entry) => (prefix.startsWith('.') || !entry.name.startsWith('.')) && (entry.isDirectory() || entry.isSymbolicLink()));
    const exact = candidates.filter((entry) => entry.name.startsWith(prefix));
    const loose = exact.length > 0 ? exact : candidates.filter((entry) => entry.name.toLowerCase().startsWith(prefix.toLowerCase()));
    const folders = await Promise.all(
      loose.map(async (entry) => (entry.isDirectory() || (await stat(join(parent, entry.name)).then((info) => info.isDirectory(), () => false)) ? entry.name : null)),
    );
    names = folders.filter((name): name is string => name !== null);
  } catch {
    return { expanded, folders: [] }; // not there (yet), or unreadable: nothing to offer
  }
  names.sort((a, b) => a.localeCompare(b));
  return { expanded, folders: names.slice(0, MAX_COMPLETIONS).map((name) => join(parent, name)) };
}
