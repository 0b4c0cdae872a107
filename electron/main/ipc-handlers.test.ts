import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS, MENU_CHANNEL, ipcChannel, ok, type PostwrightApi } from '../../shared/api';

// Electron cannot load in plain Node: stand in for the two pieces ipc-handlers uses.
type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const electronFake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  windowContents: new Set<unknown>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => electronFake.handlers.set(channel, handler),
    removeHandler: (channel: string) => electronFake.handlers.delete(channel),
  },
  BrowserWindow: { fromWebContents: (contents: unknown) => (electronFake.windowContents.has(contents) ? {} : null) },
}));

const { registerIpcHandlers, sendMenuCommand } = await import('./ipc-handlers');

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

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel', () => {
    const send = vi.fn();
    sendMenuCommand({ send } as unknown as Parameters<typeof sendMenuCommand>[0], 'save');
    expect(send).toHaveBeenCalledWith(MENU_CHANNEL, 'save');
  });
});
