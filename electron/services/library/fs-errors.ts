import { ApiFailure } from '../../../shared/api/result';

/**
 * Turns a Node file-system error into an ApiFailure a writer can act on. `what` names the thing
 * being done ("save hello.md"), so the message says what failed and that nothing was lost.
 */
export function toApiFailure(error: unknown, what: string): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiFailure('DISK_FULL', `Could not ${what}: the disk is full. Nothing was overwritten; free some space and try again.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiFailure('PERMISSION', `Could not ${what}: permission denied. Nothing was overwritten.`);
    case 'ENOENT':
      return new ApiFailure('NOT_FOUND', `Could not ${what}: it no longer exists on disk.`);
    case 'EISDIR':
      return new ApiFailure('NOT_A_POST', `Could not ${what}: it is a folder, not a post.`);
    case 'EMFILE':
    case 'ENFILE':
      return new ApiFailure('INTERNAL', `Could not ${what}: too many open files. Try again.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new ApiFailure('INTERNAL', `Could not ${what}: ${detail}`);
    }
  }
}

export const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
