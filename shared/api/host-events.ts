import { isCommandId, type CommandId } from '../commands/commands';
import type { FolderInfo, PostId, PostSummary, SiteExportProgress } from './types';

/**
 * Everything the host may push to the renderer, declared once beside API_SHAPE. Both transports
 * derive from this list: Electron sends each on its own IPC channel through the preload, the serve
 * host writes it to a Server-Sent Events stream, and each checks a payload against its guard
 * before the page sees it. The folder watcher (electron/services/watch/open-folder-watch.ts) sends
 * the folder and post events; the desktop shell sends the menu, journal, open and close events.
 */
export interface HostEventMap {
  /** The Electron menu ran a command; only its id crosses (the renderer owns what it does). */
  'menu-command': { readonly command: CommandId };
  /** The open folder changed: null when it vanished or became unreadable (the watcher's report). */
  'folder-changed': { readonly folder: FolderInfo | null };
  /** A post's file changed on disk; `version` is its new version token. */
  'post-changed': { readonly id: PostId; readonly version: string };
  'post-added': { readonly summary: PostSummary };
  'post-removed': { readonly id: PostId };
  /** Unsaved text from a previous run was found in the crash journal. */
  'journal-available': { readonly count: number };
  /**
   * The desktop shell was asked to show a folder, or a post in it (a second launch, a file
   * association, Open Recent). The page settles unsaved edits first, then opens it (the host has
   * granted the folder); `post` is the post's id in that folder, or null for the folder alone.
   */
  'open-requested': { readonly folder: string; readonly post: PostId | null };
  /**
   * The window is closing or the app quitting. The page settles unsaved edits (Save all / Discard /
   * Cancel) and answers with `app.answerClose(request, proceed)`; until then nothing closes.
   */
  'close-requested': { readonly request: number };
  /** A site export (export.site) read or rendered more posts; sent at most a few times a second. */
  'site-export-progress': SiteExportProgress;
}

export type HostEventName = keyof HostEventMap;

export interface HostEvent<E extends HostEventName = HostEventName> {
  readonly name: E;
  readonly payload: HostEventMap[E];
}

// Hand-written guards rather than schemas: the payloads are tiny, and the preload must bundle
// without pulling a validation library into the sandbox. They check what the page relies on.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isFolderInfo = (value: unknown): value is FolderInfo =>
  isObject(value) && isString(value.path) && isString(value.name) && typeof value.isSample === 'boolean';
const isSummary = (value: unknown): value is PostSummary =>
  isObject(value) && isString(value.id) && isString(value.title) && typeof value.modifiedMs === 'number';

type Guard<T> = (payload: unknown) => payload is T;

/** The list both transports walk; `satisfies` keeps it exactly the map above. */
export const HOST_EVENTS = {
  'menu-command': (p): p is HostEventMap['menu-command'] => isObject(p) && isCommandId(p.command),
  'folder-changed': (p): p is HostEventMap['folder-changed'] => isObject(p) && (p.folder === null || isFolderInfo(p.folder)),
  'post-changed': (p): p is HostEventMap['post-changed'] => isObject(p) && isString(p.id) && isString(p.version),
  'post-added': (p): p is HostEventMap['post-added'] => isObject(p) && isSummary(p.summary),
  'post-removed': (p): p is HostEventMap['post-removed'] => isObject(p) && isString(p.id),
  'journal-available': (p): p is HostEventMap['journal-available'] => isObject(p) && typeof p.count === 'number',
  'open-requested': (p): p is HostEventMap['open-requested'] => isObject(p) && isString(p.folder) && (p.post === null || isString(p.post)),
  'close-requested': (p): p is HostEventMap['close-requested'] => isObject(p) && Number.isSafeInteger(p.request),
  'site-export-progress': (p): p is HostEventMap['site-export-progress'] =>
    isObject(p) && (p.phase === 'posts' || p.phase === 'pages') && Number.isSafeInteger(p.done) && Number.isSafeInteger(p.total),
} as const satisfies { readonly [E in HostEventName]: Guard<HostEventMap[E]> };

export const HOST_EVENT_NAMES = Object.keys(HOST_EVENTS) as HostEventName[];

export const isHostEventName = (value: unknown): value is HostEventName => typeof value === 'string' && Object.hasOwn(HOST_EVENTS, value);

/** True when `payload` is a valid payload of event `name`. */
export const isHostEventPayload = <E extends HostEventName>(name: E, payload: unknown): payload is HostEventMap[E] =>
  (HOST_EVENTS[name] as Guard<HostEventMap[E]>)(payload);

/** The IPC channel of an event: the only place one is built. */
export const hostEventChannel = (name: HostEventName): string => `postwright:event:${name}`;

/** The IPC channel on which a window says it listens, so events held for it are sent (see ipc-handlers). */
export const HOST_EVENTS_READY_CHANNEL = 'postwright:events-ready';

/** The serve host's Server-Sent Events route; the SSE `event:` field is the event's name. */
export const HOST_EVENTS_ROUTE = '/api/events';

export type HostEventListener<E extends HostEventName> = (payload: HostEventMap[E]) => void;

/** What the renderer gets from either transport: subscriptions only, never a channel or a stream. */
export interface HostEvents {
  /** Subscribes to one event; returns the unsubscribe function. */
  on<E extends HostEventName>(name: E, listener: HostEventListener<E>): () => void;
  /** Says the page is listening: events the host held until now are delivered. */
  ready(): void;
}
