import { request, type IncomingMessage } from 'node:http';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_EVENTS_ROUTE, HOST_EVENT_NAMES, isHostEventPayload, type HostEventName } from '../../shared/api/host-events';
import { HOST_EVENT_SAMPLES } from '../../shared/api/testing/host-event-samples';
import { fixtureBlog, tempFolder } from '../services/testing/temp-folder';
import { testServices } from '../services/testing/test-services';
import { startHttpHost, type HttpHost } from './http-host';

let host: HttpHost | null = null;
const open: IncomingMessage[] = [];
afterEach(async () => {
  for (const response of open.splice(0)) response.destroy();
  await host?.close();
  host = null;
});

async function start(): Promise<HttpHost> {
  const api = await testServices({ folder: await fixtureBlog() });
  host = await startHttpHost({ api, staticDir: await tempFolder() });
  return host;
}

interface Stream {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly messages: EventSourceMessage[];
  /** Resolves once `count` events have arrived. */
  until(count: number): Promise<EventSourceMessage[]>;
  close(): void;
}

/** Opens the event route the way the page does (token header, streaming read, SSE parser). */
function connect(h: HttpHost, headers: Record<string, string> = { 'x-postwright-token': h.token }): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(`${h.origin}${HOST_EVENTS_ROUTE}`, { headers }, (res) => {
      open.push(res);
      const messages: EventSourceMessage[] = [];
      const waiters: (() => void)[] = [];
      const parser = createParser({
        onEvent: (message) => {
          messages.push(message);
          waiters.splice(0).forEach((wake) => wake());
        },
      });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => parser.feed(chunk));
      const until = async (count: number) => {
        while (messages.length < count) await new Promise<void>((wake) => waiters.push(wake));
        return messages.slice(0, count);
      };
      resolve({ status: res.statusCode!, headers: res.headers, messages, until, close: () => res.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('the event stream of the HTTP host', () => {
  it('carries every declared host event, by name, with its payload', async () => {
    const h = await start();
    const stream = await connect(h);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    await waitFor(() => h.events.streamCount() === 1);
    for (const name of HOST_EVENT_NAMES) h.events.publish(name, HOST_EVENT_SAMPLES[name]);
    const received = await stream.until(HOST_EVENT_NAMES.length);
    expect(received.map((m) => m.event)).toEqual(HOST_EVENT_NAMES);
    for (const message of received) {
      const name = message.event as HostEventName;
      const payload: unknown = JSON.parse(message.data);
      expect(payload).toEqual(HOST_EVENT_SAMPLES[name]);
      expect(isHostEventPayload(name, payload)).toBe(true);
    }
  });

  it('is refused without the token, like an API call', async () => {
    const h = await start();
    const refused = await connect(h, {});
    expect(refused.status).toBe(403);
    const wrong = await connect(h, { 'x-postwright-token': 'guess' });
    expect(wrong.status).toBe(403);
    expect(h.events.streamCount()).toBe(0);
  });

  it('holds events published while no page listens, and replays what a reconnecting page missed', async () => {
    const h = await start();
    h.events.publish('menu-command', { command: 'file.save' });
    const first = await connect(h);
    const [held] = await first.until(1);
    expect(held).toMatchObject({ event: 'menu-command', data: '{"command":"file.save"}' });

    first.close();
    await waitFor(() => h.events.streamCount() === 0);
    h.events.publish('post-removed', { id: 'a.md' });
    h.events.publish('post-removed', { id: 'b.md' });
    const again = await connect(h, { 'x-postwright-token': h.token, 'last-event-id': held!.id! });
    expect((await again.until(2)).map((m) => m.data)).toEqual(['{"id":"a.md"}', '{"id":"b.md"}']);

    // A page that saw everything gets nothing twice.
    const third = await connect(h, { 'x-postwright-token': h.token, 'last-event-id': again.messages[1]!.id! });
    h.events.publish('journal-available', { count: 1 });
    expect((await third.until(1)).map((m) => m.event)).toEqual(['journal-available']);
  });
});
