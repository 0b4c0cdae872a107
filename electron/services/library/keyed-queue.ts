/**
 * Runs tasks one at a time per key, in the order they arrive; different keys run in parallel.
 * Saves of one post go through it in the host, so two saves sent at once from the same base
 * version cannot both pass the version check: the second sees the first's bytes and is a CONFLICT.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running (tests, diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}

/**
 * The one queue of writes to post files in this process, keyed by real path: saves, creates,
 * renames, copies and trashing of one file never interleave, whichever service starts them.
 */
export const postFileWrites = new KeyedQueue();
