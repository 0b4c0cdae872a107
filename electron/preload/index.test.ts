import { describe, expect, it, vi } from 'vitest';
import {
  API_ENDPOINTS,
  HOST_EVENTS_READY_CHANNEL,
  HOST_EVENT_NAMES,
  hostEventChannel,
  ipcChannel,
  type HostEvents,
  type PostwrightApi,
} from '../../shared/api';
import { HOST_EVENT_SAMPLES } from '../../shared/api/testing/host-event-samples';

// The preload runs in Electron's sandbox; here its two Electron pieces are stand-ins that behave
// like the real ones: `on` keeps a listener per channel, `emit` is what main's webContents.send does.
type Listener = (event: unknown, ...args: unknown[]) => void;
const fake = vi.hoisted(() => {
  const channels = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    channels,
    sent: [] as unknown[][],
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    emit: (channel: string, ...args: unknown[]) => channels.get(channel)?.forEach((listener) => listener({ sender: 'ipc event' }, ...args)),
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    send: (...args: unknown[]) => fake.sent.push(args),
    on: (channel: string, listener: Listener) => {
      if (!fake.channels.has(channel)) fake.channels.set(channel, new Set());
      fake.channels.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: Listener) => fake.channels.get(channel)?.delete(listener),
  },
}));

await import('./index');
const api = fake.exposed.get('postwright') as PostwrightApi;
const events = fake.exposed.get('postwrightEvents') as HostEvents;

describe('preload', () => {
  it('exposes only the API and the host event subscription', () => {
    expect([...fake.exposed.keys()]).toEqual(['postwright', 'postwrightEvents']);
    expect(Object.keys(events).sort()).toEqual(['on', 'ready']);
  });

  it('exposes every API method as a function that invokes its channel', async () => {
    for (const endpoint of API_ENDPOINTS) {
      const area = api[endpoint.area] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      expect(await area[endpoint.method]!('a', 1)).toEqual({ ok: true, value: { channel: ipcChannel(endpoint), args: ['a', 1] } });
    }
    expect(fake.invoke).toHaveBeenCalledTimes(API_ENDPOINTS.length);
  });

  it('exposes plain objects of functions (what contextBridge can copy), never ipcRenderer', () => {
    const isPlain = (value: unknown) => Object.getPrototypeOf(value) === Object.prototype;
    expect(isPlain(api)).toBe(true);
    expect(isPlain(events)).toBe(true);
    for (const area of Object.values(api)) {
      expect(isPlain(area)).toBe(true);
      for (const method of Object.values(area as object)) expect(typeof method).toBe('function');
    }
  });

  it.each(HOST_EVENT_NAMES)('delivers %s from its own channel, payload only, and unsubscribes', (name) => {
    const received: unknown[][] = [];
    const unsubscribe = events.on(name, (...args: unknown[]) => received.push(args));
    fake.emit(hostEventChannel(name), HOST_EVENT_SAMPLES[name]);
    fake.emit(hostEventChannel(name), { forged: true });
    fake.emit(hostEventChannel(name), 'rm -rf');
    expect(received).toEqual([[HOST_EVENT_SAMPLES[name]]]);
    unsubscribe();
    fake.emit(hostEventChannel(name), HOST_EVENT_SAMPLES[name]);
    expect(received).toHaveLength(1);
    expect(fake.channels.get(hostEventChannel(name))?.size).toBe(0);
  });

  it('subscribes to nothing for a name that is not a host event', () => {
    const before = [...fake.channels.keys()];
    events.on('constructor' as never, () => {});
    expect([...fake.channels.keys()]).toEqual(before);
  });

  it('says it is ready on the ready channel', () => {
    events.ready();
    expect(fake.sent).toEqual([[HOST_EVENTS_READY_CHANNEL]]);
  });
});
