import { describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS, MENU_CHANNEL, ipcChannel, type HostEvents, type PostwrightApi } from '../../shared/api';

// The preload runs in Electron's sandbox; here its two Electron pieces are stand-ins.
type Listener = (event: unknown, ...args: unknown[]) => void;
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Set<Listener>(),
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: Listener) => channel === MENU_CHANNEL && fake.listeners.add(listener),
    removeListener: (_channel: string, listener: Listener) => fake.listeners.delete(listener),
  },
}));

await import('./index');
const api = fake.exposed.get('postwright') as PostwrightApi;
const events = fake.exposed.get('postwrightEvents') as HostEvents;

describe('preload', () => {
  it('exposes only the API and the host events', () => {
    expect([...fake.exposed.keys()]).toEqual(['postwright', 'postwrightEvents']);
    expect(Object.keys(events)).toEqual(['onMenuCommand']);
  });

  it('exposes every API method as a function that invokes its channel', async () => {
    for (const endpoint of API_ENDPOINTS) {
      const area = api[endpoint.area] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      await area[endpoint.method]!('a', 1);
      expect(fake.invoke).toHaveBeenLastCalledWith(ipcChannel(endpoint), 'a', 1);
    }
    expect(fake.invoke).toHaveBeenCalledTimes(API_ENDPOINTS.length);
  });

  it('exposes plain objects of functions (what contextBridge can copy), never ipcRenderer', () => {
    const isPlain = (value: unknown) => Object.getPrototypeOf(value) === Object.prototype;
    expect(isPlain(api)).toBe(true);
    for (const area of Object.values(api)) {
      expect(isPlain(area)).toBe(true);
      for (const method of Object.values(area as object)) expect(typeof method).toBe('function');
    }
    expect(JSON.stringify([...fake.exposed.keys()])).not.toMatch(/ipc/i);
  });

  it('passes only known menu commands to the listener, without the event', () => {
    const received: unknown[][] = [];
    const unsubscribe = events.onMenuCommand((...args) => received.push(args));
    for (const listener of fake.listeners) {
      listener({ sender: 'ipc event' }, 'save');
      listener({ sender: 'ipc event' }, 'rm -rf');
      listener({ sender: 'ipc event' }, { command: 'save' });
    }
    expect(received).toEqual([['save']]);
    unsubscribe();
    expect(fake.listeners.size).toBe(0);
  });
});
