import { cp, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const SAMPLE_BLOG_NAME = 'Sample Blog';

export const sampleBlogPath = (userDataDir: string): string => join(userDataDir, SAMPLE_BLOG_NAME);

/**
 * Makes sure the sample blog exists in the user-data folder, copying the shipped posts on first
 * use. An existing sample blog is left alone: the writer may have edited it.
 */
export async function ensureSampleBlog(userDataDir: string, source: string): Promise<string> {
  const target = sampleBlogPath(userDataDir);
  const exists = await stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!exists) {
    await mkdir(userDataDir, { recursive: true });
    await cp(source, target, { recursive: true, errorOnExist: false, force: false });
  }
  return target;
}
