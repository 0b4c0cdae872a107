import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS, HOST_EVENTS_READY_CHANNEL, HOST_EVENT_NAMES, hostEventChannel, ipcChannel, ok, type PostwrightApi } from '../../shared/api';
import { HOST_EVENT_SAMPLES } from '../../shared/api/testing/host-event-samples';

// Electron cannot load in plain Node: stand in for the two pieces ipc-handlers uses.
type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const electronFake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, (event: unknown) => void>(),
  windowContents: new Set<unknown>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electronFake.handlers.set(channel, handler),
    removeHandler: (channel: string) => electronFake.handlers.delete(channel),
    on: (channel: string, listener: (event: unknown) => void) => electronFake.listeners.set(channel, listener),
    removeListener: (channel: string) => electronFake.listeners.delete(channel),
  },
  BrowserWindow: { fromWebContents: (contents: unknown) => (electronFake.windowContents.has(contents) ? {} : null) },
}));

const { createHostEventSender, registerIpcHandlers } = await import('./ipc-handlers');

// The page as the window loads it (app-protocol.ts); file:// is never trusted.
const rendererUrl = 'app://postwright/index.html';
const windowContents = { id: 1 };
const mainFrame = { url: rendererUrl, parent: null };
const event = (overrides: Record<string, unknown> = {}) => ({ sender: windowContents, senderFrame: mainFrame, ...overrides });

const fakeApi = (overrides: Partial<PostwrightApi['posts']> = {}): PostwrightApi => {
  const value = async (...args: unknown[]) => ok(args);
  const api = Object.fromEntries(
    API_ENDPOINTS.map((e) => e.area).map((area) => [
      area,
      Object.fromEntries(API_ENDPOINTS.filter((e) => e.area === area).map((e) => [e.method, value])),
    ]),
  ) as unknown as PostwrightApi;
  return { ...api, posts: { ...api.posts, ...overrides } };
};

const invoke = (name: string, ev: unknown, ...args: unknown[]) => {
  const endpoint = API_ENDPOINTS.find((e) => e.name === name)!;
  return electronFake.handlers.get(ipcChannel(endpoint))!(ev, ...args);
};

describe('registerIpcHandlers', () => {
  beforeEach(() => {
    electronFake.handlers.clear();
    electronFake.windowContents.clear();
    electronFake.windowContents.add(windowContents);
  });

  it('registers one handler per API method, on the channels shared/api derives', () => {
    const unregister = registerIpcHandlers(fakeApi(), rendererUrl);
    expect([...electronFake.handlers.keys()].sort()).toEqual(API_ENDPOINTS.map(ipcChannel).sort());
    unregister();
    expect(electronFake.handlers.size).toBe(0);
  });

  it('calls the method with the arguments for the app page', async () => {
    registerIpcHandlers(fakeApi(), rendererUrl);
    expect(await invoke('posts.read', event(), 'hello.md')).toEqual({ ok: true, value: ['hello.md'] });
  });

  it.each([
    ['a sub-frame', event({ senderFrame: { url: rendererUrl, parent: mainFrame } })],
    ['another page', event({ senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['a destroyed frame', event({ senderFrame: null })],
    ['web contents that are not our window', event({ sender: { id: 2 } })],
  ])('refuses %s', async (_name, untrusted) => {
    const read = vi.fn(async () => ok('secret'));
    registerIpcHandlers(fakeApi({ read } as Partial<PostwrightApi['posts']>), rendererUrl);
    expect(await invoke('posts.read', untrusted, 'hello.md')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This window may not use the Postwright API.' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    ['an object for an id', 'posts.read', [{ toString: 1 }]],
    ['too many arguments', 'posts.read', ['a.md', 'b.md']],
    ['a save with an object id', 'posts.save', [{ id: { length: 1 }, text: '', bom: false, baseVersion: null }]],
    ['a path with a NUL', 'folder.open', ['/tmp/x\0y']],
  ])('answers INVALID to %s before the service runs', async (_name, method, args) => {
    const read = vi.fn(async () => ok('never'));
    registerIpcHandlers(fakeApi({ read, save: read } as Partial<PostwrightApi['posts']>), rendererUrl);
    expect(await invoke(method, event(), ...args)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(read).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an INTERNAL error value', async () => {
    const list = async () => {
      throw new Error('disk on fire');
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    registerIpcHandlers(fakeApi({ list } as Partial<PostwrightApi['posts']>), rendererUrl);
    expect(await invoke('posts.list', event())).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'disk on fire' } });
  });
});

describe('createHostEventSender', () => {
  /** Web contents that record what main sends, and fire their own lifecycle events. */
  function contents() {
    const lifecycle = new Map<string, () => void>();
    const sent: unknown[][] = [];
    const webContents = {
      isDestroyed: () => false,
      send: (...args: unknown[]) => sent.push(args),
      on: (name: string, listener: () => void) => lifecycle.set(name, listener),
    };
    electronFake.windowContents.add(webContents);
    return { webContents: webContents as never, sent, fire: (name: string) => lifecycle.get(name)?.() };
  }
  const ready = (webContents: unknown, frame: unknown = mainFrame) =>
    electronFake.listeners.get(HOST_EVENTS_READY_CHANNEL)!({ sender: webContents, senderFrame: frame });

  beforeEach(() => {
    electronFake.listeners.clear();
    electronFake.windowContents.clear();
  });

  it('sends every declared event on its own channel once the page is ready', () => {
    const sender = createHostEventSender(rendererUrl);
    const page = contents();
    ready(page.webContents);
    for (const name of HOST_EVENT_NAMES) sender.send(page.webContents, name, HOST_EVENT_SAMPLES[name]);
    expect(page.sent).toEqual(HOST_EVENT_NAMES.map((name) => [hostEventChannel(name), HOST_EVENT_SAMPLES[name]]));
  });

  it('holds events until the page says it is ready, and again while it reloads', () => {
    const sender = createHostEventSender(rendererUrl);
    const page = contents();
    sender.send(page.webContents, 'menu-command', { command: 'file.save' });
    expect(page.sent).toEqual([]);
    ready(page.webContents);
    expect(page.sent).toEqual([[hostEventChannel('menu-command'), { command: 'file.save' }]]);
    page.fire('did-start-loading');
    sender.send(page.webContents, 'menu-command', { command: 'file.newPost' });
    expect(page.sent).toHaveLength(1);
    ready(page.webContents);
    expect(page.sent).toHaveLength(2);
  });

  it('says whether the page listens: not before ready, not after a crash or while reloading', () => {
    const sender = createHostEventSender(rendererUrl);
    const page = contents();
    sender.send(page.webContents, 'menu-command', { command: 'file.save' });
    expect(sender.isListening(page.webContents)).toBe(false);
    ready(page.webContents);
    expect(sender.isListening(page.webContents)).toBe(true);
    page.fire('render-process-gone');
    expect(sender.isListening(page.webContents)).toBe(false);
    // What is sent to a crashed page waits for the reloaded one.
    sender.send(page.webContents, 'close-requested', { request: 1 });
    expect(page.sent).toHaveLength(1);
    ready(page.webContents);
    expect(sender.isListening(page.webContents)).toBe(true);
    page.fire('did-start-loading');
    expect(sender.isListening(page.webContents)).toBe(false);
  });

  it('ignores a ready message from a frame that is not our page', () => {
    const sender = createHostEventSender(rendererUrl);
    const page = contents();
    ready(page.webContents, { url: 'https://evil.example/', parent: null });
    sender.send(page.webContents, 'menu-command', { command: 'file.save' });
    expect(page.sent).toEqual([]);
    sender.dispose();
    expect(electronFake.listeners.has(HOST_EVENTS_READY_CHANNEL)).toBe(false);
  });
});
