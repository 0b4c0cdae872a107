import type { HostEventMap } from '../host-events';
import { sampleFolder, sampleSummary } from './sample-folder';

/** One valid payload per host event, for the tests that walk the list over both transports. */
export const HOST_EVENT_SAMPLES: { readonly [E in keyof HostEventMap]: HostEventMap[E] } = {
  'menu-command': { command: 'file.save' },
  'folder-changed': { folder: sampleFolder('/blog') },
  'post-changed': { id: 'posts/a.md', version: 'v2' },
  'post-added': { summary: sampleSummary('b.md', { title: 'B' }) },
  'post-removed': { id: 'posts/a.md' },
  'journal-available': { count: 1 },
  'open-requested': { folder: '/blog', post: 'posts/a.md' },
  'close-requested': { request: 1 },
  'site-export-progress': { phase: 'pages', done: 3, total: 10 },
};
