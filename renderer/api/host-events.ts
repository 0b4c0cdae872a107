import type { HostEvents } from '../../shared/api/host-events';
import { createEventStreamClient } from './event-stream-client';
import { hostFetch } from './host-credentials';

/**
 * The host's events, from whichever transport this page runs on: the preload's subscription in
 * Electron, the serve host's event stream in a browser. The rest of the renderer sees one HostEvents.
 */
export const hostEvents: HostEvents =
  (typeof window === 'undefined' ? undefined : window.postwrightEvents) ?? createEventStreamClient({ fetch: hostFetch });
