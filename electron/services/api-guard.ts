import { ApiFailure, fail, ok, type Result } from '../../shared/api/result';
import { toApiFailure } from './library/fs-errors';

/**
 * Runs a service call and turns its outcome into a Result: the API never throws across a
 * transport. Unexpected errors become INTERNAL with their message, and are logged for us.
 */
export async function guard<T>(what: string, run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    const failure = error instanceof ApiFailure ? error : toApiFailure(error, what);
    if (failure.code === 'INTERNAL') console.error(`[postwright] ${what} failed:`, error);
    return fail(failure.code, failure.message);
  }
}
