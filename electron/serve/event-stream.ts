import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { HostEventMap, HostEventName } from '../../shared/api/host-events';

/**
 * The serve host's side of the host events: a Server-Sent Events stream (text/event-stream) on
 * HOST_EVENTS_ROUTE, one `event:` per HostEventMap entry with its JSON payload as `data:`. The
 * HTTP host lets a request reach `handle` only after the same token check as an API call.
 *
 * Written by hand because the format is three text lines per event; the page's side parses it
 * with eventsource-parser. Each event has an id `<boot>.<seq>`: a page reconnecting to this same
 * server sends `Last-Event-ID` and gets what it missed; events published while no page listens
 * are held (like the IPC side holds them until the page is ready) for the next stream to open.
 */
export interface EventStream {
  publish<E extends HostEventName>(name: E, payload: HostEventMap[E]): void;
  /** Answers a GET of the event route: keeps the response open and writes events to it. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  /** How many pages listen now. */
  streamCount(): number;
  /** Ends every stream (the server is closing). */
  close(): void;
}

export interface EventStreamOptions {
  /** A comment line this often keeps proxies and idle-connection timers from closing the stream. */
  readonly heartbeatMs?: number;
  /** Events kept for replay; older ones are dropped. */
  readonly keep?: number;
  /** Streams open at once; a tab opens one, so a few allow for several tabs. */
  readonly maxStreams?: number;
}

interface Logged {
  readonly seq: number;
  readonly text: string;
}

export function createEventStream({ heartbeatMs = 15_000, keep = 100, maxStreams = 16 }: EventStreamOptions = {}): EventStream {
  const boot = randomBytes(6).toString('base64url');
  const streams = new Set<ServerResponse>();
  const log: Logged[] = [];
  let seq = 0;
  /** The newest event written to at least one stream; later ones are still held for the next. */
  let delivered = 0;

  const heartbeat = setInterval(() => {
    for (const response of streams) response.write(': keep-alive\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  /** The sequence number a reconnecting page last saw, if it saw it from this server. */
  const lastSeen = (request: IncomingMessage): number | null => {
    const header = request.headers['last-event-id'];
    const [from, n] = typeof header === 'string' ? header.split('.') : [];
    return from === boot && n !== undefined && /^\d+$/.test(n) ? Number(n) : null;
  };

  return {
    publish(name, payload) {
      seq += 1;
      // JSON never holds a raw newline, so the data is one `data:` line.
      const entry = { seq, text: `id: ${boot}.${seq}\nevent: ${name}\ndata: ${JSON.stringify(payload)}\n\n` };
      log.push(entry);
      if (log.length > keep) log.shift();
      for (const response of streams) response.write(entry.text);
      if (streams.size > 0) delivered = seq;
    },

    handle(request, response) {
      if (request.method !== 'GET') {
        response.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
        return;
      }
      if (streams.size >= maxStreams) {
        response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' }).end('Too many event streams.');
        return;
      }
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
      });
      // Sends the headers now, so the page knows it is connected before the first event.
      response.write(': connected\n\n');
      const after = lastSeen(request) ?? delivered;
      for (const entry of log) if (entry.seq > after) response.write(entry.text);
      delivered = seq;
      streams.add(response);
      const forget = () => streams.delete(response);
      request.once('close', forget);
      response.once('close', forget);
    },

    streamCount: () => streams.size,

    close() {
      clearInterval(heartbeat);
      for (const response of streams) response.end();
      streams.clear();
    },
  };
}
