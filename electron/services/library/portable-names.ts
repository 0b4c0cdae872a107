import { readdir } from 'node:fs/promises';
import { ApiFailure } from '../../../shared/api/result';

/**
 * Rules for names Postwright gives to files (new posts, renames, copies). A blog lives in git and
 * is checked out on every OS, so a name must be safe on all of them, not only on this one:
 * - Windows reserves device names (CON, NUL, COM1… with any extension: `aux.md` is a device) and
 *   silently drops trailing dots and spaces, so `post.md.` and `post.md` are one file there;
 * - macOS and Windows fold case, and macOS may store `é` decomposed (NFD): `Café.md`, `café.md`
 *   and its NFD twin are one file there and two on Linux, which git then fights over.
 * Existing files keep whatever name they have; only names Postwright would create are checked.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

export function unportableReason(name: string): string | null {
  if (RESERVED.test(name)) return `“${name}” is a reserved device name on Windows.`;
  if (/[. ]$/.test(name)) return `“${name}” ends with a dot or a space, which Windows drops.`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
  if (/[<>:"|?*\u0000-\u001f]/.test(name)) return `“${name}” has a character Windows does not allow in file names.`;
  return null;
}

/** The form under which two names are the same file on some OS. */
export const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Refuses `name` as a new file in `dir` when it is unportable or when the folder already holds
 * a name that some OS would take for the same file (other than `except`, the file being renamed).
 */
export async function checkNewName(dir: string, name: string, except?: string): Promise<void> {
  const problem = unportableReason(name);
  if (problem !== null) throw new ApiFailure('INVALID', `${problem} Choose another name.`);
  const key = collisionKey(name);
  const entries = await readdir(dir).catch(() => [] as string[]);
  const clash = entries.find((entry) => entry !== except && collisionKey(entry) === key);
  if (clash !== undefined) {
    throw new ApiFailure('EXISTS', clash === name ? `“${name}” already exists.` : `“${name}” would be the same file as “${clash}” on macOS and Windows. Choose another name.`);
  }
}
