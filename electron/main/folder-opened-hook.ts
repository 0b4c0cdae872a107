import type { PostwrightApi } from '../../shared/api/contract';
import type { FolderInfo } from '../../shared/api/types';

/**
 * The API with a callback after every folder the page opens (by path or in the picker), for what
 * the shell keeps beside it: the Open Recent menu and the OS's recent documents. A wrapper in the
 * shell rather than a hook in the services, which know nothing of menus.
 */
export function notifyFolderOpened(api: PostwrightApi, onOpened: (folder: FolderInfo) => void): PostwrightApi {
  const opened = <T extends { ok: boolean; value?: FolderInfo | null }>(result: T): T => {
    if (result.ok && result.value) onOpened(result.value);
    return result;
  };
  return {
    ...api,
    folder: {
      ...api.folder,
      open: (path) => api.folder.open(path).then(opened),
      pick: () => api.folder.pick().then(opened),
    },
  };
}
