/**
 * Errors cross the API as values, never as thrown exceptions: Electron's IPC keeps only an
 * exception's message, and HTTP would need its own mapping. Every method resolves to a Result.
 */
export type ErrorCode =
  | 'NO_FOLDER' // no posts folder is open
  | 'FOLDER_MISSING' // the open folder vanished from disk
  | 'NOT_FOUND'
  | 'OUTSIDE_FOLDER' // a path resolves outside the open folder
  | 'NOT_A_POST' // not a .md/.markdown file
  | 'EXISTS'
  | 'CONFLICT' // the file changed on disk since it was read
  | 'BINARY'
  | 'NOT_UTF8'
  | 'TOO_LARGE'
  | 'DISK_FULL'
  | 'PERMISSION'
  | 'INVALID' // a malformed request
  | 'FORBIDDEN' // the caller may not do this (an untrusted sender, a folder the user never chose)
  | 'UNSUPPORTED' // this transport cannot do it (e.g. native dialogs over HTTP)
  | 'BUSY' // the same long task is already running (one site export at a time)
  | 'CANCELLED' // the writer stopped it
  | 'INTERNAL';

export interface ApiError {
  readonly code: ErrorCode;
  /** A sentence a writer can act on; shown as is. */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside services to abort with a specific error; converted to a Result at the API edge. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
