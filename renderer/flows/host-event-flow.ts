import type { HostEvents } from '../../shared/api';
import type { CommandRegistry } from '../commands/command-registry';
import type { DocumentService } from '../workspace/document-service';

/**
 * What the page does with each event the host pushes. The host sends only `menu-command` today;
 * the folder watcher will send the others, and these reactions are ready for it.
 */
export function subscribeHostEvents(
  events: HostEvents,
  { registry, documents, reloadPosts }: { registry: CommandRegistry; documents: Pick<DocumentService, 'applyDiskChange'>; reloadPosts: () => Promise<void> },
): () => void {
  const unsubscribe = [
    events.on('menu-command', ({ command }) => void registry.run(command)),
    events.on('post-added', () => void reloadPosts()),
    events.on('post-removed', () => void reloadPosts()),
    events.on('post-changed', ({ id, version }) => void documents.applyDiskChange(id, version).then(reloadPosts)),
  ];
  events.ready();
  return () => unsubscribe.forEach((stop) => stop());
}
