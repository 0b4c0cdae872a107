import { describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostwrightApi } from '../../shared/api/contract';
import { fail, ok } from '../../shared/api/result';
import type { FolderInfo } from '../../shared/api/types';
import { notifyFolderOpened } from './folder-opened-hook';

const blog: FolderInfo = sampleFolder('/blog');

function fakeApi(open: PostwrightApi['folder']['open'], pick: PostwrightApi['folder']['pick']): PostwrightApi {
  const current = vi.fn(async () => ok(blog));
  return { folder: { open, pick, current, setRemoteContent: vi.fn() }, posts: {}, export: {}, journal: {}, app: {} } as unknown as PostwrightApi;
}

describe('notifyFolderOpened', () => {
  it('calls back after a folder opened by path or in the picker, passing the result through', async () => {
    const seen: string[] = [];
    const api = notifyFolderOpened(
      fakeApi(async () => ok(blog), async () => ok(blog)),
      (folder) => seen.push(folder.path),
    );
    expect(await api.folder.open('/blog')).toEqual(ok(blog));
    expect(await api.folder.pick()).toEqual(ok(blog));
    expect(seen).toEqual(['/blog', '/blog']);
  });

  it('stays quiet when opening failed or the picker was cancelled, and leaves other methods alone', async () => {
    const onOpened = vi.fn();
    const inner = fakeApi(async () => fail('FORBIDDEN', 'no'), async () => ok(null));
    const api = notifyFolderOpened(inner, onOpened);
    expect(await api.folder.open('/etc')).toEqual(fail('FORBIDDEN', 'no'));
    expect(await api.folder.pick()).toEqual(ok(null));
    expect(onOpened).not.toHaveBeenCalled();
    expect(api.folder.current).toBe(inner.folder.current);
  });
});
