import type { PostContent, PostsApi, PostSummary, Result, SaveRequest } from '../../shared/api';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: 'CONFLICT' | 'DISK_FULL' | 'NOT_FOUND', message: string): Result<never> => ({ ok: false, error: { code, message } });
export const summary = (id: string, title = id): PostSummary => ({ id, title, date: null, draft: false, tags: [], warning: null, warningLine: null, size: 1, modifiedMs: 1 });

/**
 * A posts API over an in-memory folder, for tests of the document service and the flows: it
 * keeps each file's text and version, and refuses a save based on an old version, like the host.
 */
export function memoryPosts(files: Record<string, string>, options: { bom?: boolean } = {}) {
  const disk = new Map(Object.entries(files).map(([id, text]) => [id, { text, version: 1 }]));
  const saves: SaveRequest[] = [];
  const posts: Pick<PostsApi, 'read' | 'save'> = {
    async read(id): Promise<Result<PostContent>> {
      const file = disk.get(id);
      return file ? ok({ id, text: file.text, bom: options.bom ?? false, version: `v${file.version}` }) : fail('NOT_FOUND', `“${id}” is gone.`);
    },
    async save(request) {
      saves.push(request);
      const file = disk.get(request.id);
      if (file && request.baseVersion !== `v${file.version}` && !request.overwrite) return fail('CONFLICT', `“${request.id}” was changed on disk since you opened it.`);
      const version = (file?.version ?? 0) + 1;
      disk.set(request.id, { text: request.text, version });
      return ok({ version: `v${version}`, summary: summary(request.id, `${request.id} saved`) });
    },
  };
  /** Another program writes the file. */
  const writeOutside = (id: string, text: string) => disk.set(id, { text, version: (disk.get(id)?.version ?? 0) + 1 });
  const removeOutside = (id: string) => disk.delete(id);
  return { posts, saves, disk: (id: string) => disk.get(id)?.text, writeOutside, removeOutside };
}
