import { createParser, type EventSourceMessage } from 'eventsource-parser';
import {
  HOST_EVENTS_ROUTE,
  isHostEventName,
  isHostEventPayload,
  type HostEventListener,
  type HostEventName,
  type HostEvents,
} from '../../shared/api/host-events';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface EventStreamClientOptions {
  /** fetch with the API token attached (hostFetch): EventSource cannot send a header. */
  readonly fetch: Fetch;
  /** Waits before reconnecting; the first retry comes after `firstRetryMs`, doubling to `maxRetryMs`. */
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Told whenever the stream opens (true) or drops (false). */
  readonly onConnection?: (connected: boolean) => void;
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The serve host's events in the page: one Server-Sent Events stream per page, read with fetch
 * (to send the token header EventSource cannot) and parsed with eventsource-parser. A dropped
 * stream (the server restarted, the laptop slept) is reopened with growing pauses, sending
 * Last-Event-ID so the host can replay what this page missed. Events are checked against the
 * shared list before any listener sees them.
 */
export function createEventStreamClient({
  fetch,
  firstRetryMs = 250,
  maxRetryMs = 5000,
  sleep = abortableSleep,
  onConnection,
}: EventStreamClientOptions): HostEvents & { close(): void } {
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  const stop = new AbortController();
  let started = false;
  let lastEventId: string | null = null;

  const dispatch = (message: EventSourceMessage) => {
    if (message.id) lastEventId = message.id;
    const name = message.event;
    if (!isHostEventName(name)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message.data);
    } catch {
      return;
    }
    if (!isHostEventPayload(name, payload)) return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  /** Reads one connection until it ends; true when it was open (the next retry starts quick again). */
  async function readOnce(): Promise<boolean> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (lastEventId !== null) headers['last-event-id'] = lastEventId;
    const response = await fetch(HOST_EVENTS_ROUTE, { headers, cache: 'no-store', signal: stop.signal });
    if (!response.ok || response.body === null || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return false;
    }
    onConnection?.(true);
    const parser = createParser({ onEvent: dispatch });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } finally {
      onConnection?.(false);
    }
    return true;
  }

  async function run(): Promise<void> {
    let wait = firstRetryMs;
    while (!stop.signal.aborted) {
      const wasOpen = await readOnce().catch(() => false);
      if (stop.signal.aborted) return;
      if (wasOpen) wait = firstRetryMs;
      await sleep(wait, stop.signal);
      wait = Math.min(wait * 2, maxRetryMs);
    }
  }

  return {
    on<E extends HostEventName>(name: E, listener: HostEventListener<E>) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      const set = listeners.get(name)!;
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      return () => void set.delete(entry);
    },
    ready() {
      // One stream per page, however often ready() is called.
      if (started) return;
      started = true;
      void run();
    },
    close() {
      stop.abort();
    },
  };
}
