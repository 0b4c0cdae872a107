import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempFolder(prefix = 'postwright-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temp copy of e2e/fixtures/blog. */
export async function fixtureBlog(): Promise<string> {
  const dir = await tempFolder();
  const blog = join(dir, 'blog');
  await cp(join(import.meta.dirname, '../../../e2e/fixtures/blog'), blog, { recursive: true });
  return blog;
}

afterEach(async () => {
  // Retries: a library writes its listing cache after answering, so a write can still be landing
  // in a test's folder while it is removed (ENOTEMPTY); rm retries exactly that case.
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })));
});
