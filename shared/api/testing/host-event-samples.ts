import type { HostEventMap } from '../host-events';

/** One valid payload per host event, for the tests that walk the list over both transports. */
export const HOST_EVENT_SAMPLES: { readonly [E in keyof HostEventMap]: HostEventMap[E] } = {
  'menu-command': { command: 'file.save' },
  'folder-changed': { folder: { path: '/blog', name: 'blog', isSample: false, remoteContent: 'https' } },
  'post-changed': { id: 'posts/a.md', version: 'v2' },
  'post-added': { summary: { id: 'b.md', title: 'B', date: null, draft: false, warning: null, size: 1, modifiedMs: 1 } },
  'post-removed': { id: 'posts/a.md' },
  'journal-available': { count: 1 },
  'open-requested': { folder: '/blog', post: 'posts/a.md' },
  'close-requested': { request: 1 },
};
