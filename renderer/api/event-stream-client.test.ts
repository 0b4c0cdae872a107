import { describe, expect, it, vi } from 'vitest';
import { HOST_EVENTS_ROUTE, HOST_EVENT_NAMES } from '../../shared/api/host-events';
import { HOST_EVENT_SAMPLES } from '../../shared/api/testing/host-event-samples';
import { createEventStreamClient } from './event-stream-client';

/** A text/event-stream response whose body the test writes to, in chunks it chooses. */
function streamResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createEventStreamClient', () => {
  it('opens one stream on ready and hands every declared event, checked, to its listeners', async () => {
    const stream = streamResponse();
    const fetch = vi.fn(async () => stream.response);
    const client = createEventStreamClient({ fetch });
    const received: unknown[] = [];
    for (const name of HOST_EVENT_NAMES) client.on(name, (payload) => received.push([name, payload]));
    client.ready();
    client.ready(); // one stream per page
    await flush();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(HOST_EVENTS_ROUTE, expect.objectContaining({ headers: { accept: 'text/event-stream' } }));
    const text = HOST_EVENT_NAMES.map((name, i) => `id: b.${i + 1}\nevent: ${name}\ndata: ${JSON.stringify(HOST_EVENT_SAMPLES[name])}\n\n`).join('');
    // Split mid-event: the parser must join chunks.
    stream.write(': connected\n\n' + text.slice(0, 25));
    stream.write(text.slice(25));
    stream.write('event: menu-command\ndata: {"command":"rm -rf"}\n\n'); // not a command: dropped
    stream.write('event: no-such-event\ndata: {}\n\n');
    stream.write('event: post-removed\ndata: not json\n\n');
    await vi.waitFor(() => expect(received).toHaveLength(HOST_EVENT_NAMES.length));
    await flush();
    expect(received).toEqual(HOST_EVENT_NAMES.map((name) => [name, HOST_EVENT_SAMPLES[name]]));
    client.close();
  });

  it('reconnects after the stream ends or the server is unreachable, with Last-Event-ID and growing pauses', async () => {
    const first = streamResponse();
    const second = streamResponse();
    const answers: (() => Promise<Response>)[] = [
      async () => first.response,
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => new Response('no', { status: 503 }),
      async () => second.response,
    ];
    const fetch = vi.fn((_input: string, _init: RequestInit) => answers.shift()!());
    const pauses: number[] = [];
    const connection: boolean[] = [];
    const client = createEventStreamClient({
      fetch,
      firstRetryMs: 100,
      sleep: async (ms) => void pauses.push(ms),
      onConnection: (connected) => connection.push(connected),
    });
    const commands: string[] = [];
    client.on('menu-command', ({ command }) => commands.push(command));
    client.ready();
    await flush();
    first.write('id: boot.7\nevent: menu-command\ndata: {"command":"file.save"}\n\n');
    await vi.waitFor(() => expect(commands).toEqual(['file.save']));
    first.end(); // the server went away
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(4));
    expect(fetch.mock.calls[3]![1].headers).toEqual({ accept: 'text/event-stream', 'last-event-id': 'boot.7' });
    expect(pauses).toEqual([100, 200, 400]); // quick after a stream that was open, then doubling
    second.write('event: menu-command\ndata: {"command":"go.post"}\n\n');
    await vi.waitFor(() => expect(commands).toEqual(['file.save', 'go.post']));
    expect(connection).toEqual([true, false, true]);
    client.close();
  });

  it('stops a listener that unsubscribed', async () => {
    const stream = streamResponse();
    const client = createEventStreamClient({ fetch: async () => stream.response });
    const listener = vi.fn();
    const unsubscribe = client.on('post-removed', listener);
    client.ready();
    await flush();
    unsubscribe();
    stream.write('event: post-removed\ndata: {"id":"a.md"}\n\n');
    await flush();
    expect(listener).not.toHaveBeenCalled();
    client.close();
  });
});
