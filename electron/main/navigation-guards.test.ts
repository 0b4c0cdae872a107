import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot load in plain Node: stand in for the shell that openExternal reaches.
const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => {
      opened.push(url);
    },
  },
}));
const { guardNavigation } = await import('./navigation-guards');

const rendererUrl = 'app://postwright/index.html';
type Listener = (event: { url: string; isMainFrame?: boolean; preventDefault: () => void }) => void;

/** A web contents that records the guards installed on it. */
function guardedContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
  };
  guardNavigation(contents as unknown as WebContents, rendererUrl);
  const fire = (name: string, url: string, isMainFrame = true) => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ url, isMainFrame, preventDefault });
    return preventDefault.mock.calls.length > 0 ? 'prevented' : 'allowed';
  };
  return { fire, windowOpen: (url: string) => windowOpen!({ url }), listeners };
}

beforeEach(() => {
  opened.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('guardNavigation', () => {
  it('installs every guard', () => {
    expect([...guardedContents().listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it('denies every new window, sending only allowed links to the browser', async () => {
    const { windowOpen } = guardedContents();
    expect(windowOpen('https://example.com/a')).toEqual({ action: 'deny' });
    expect(windowOpen('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(windowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('keeps the main frame on the app page, opening a clicked web link outside once', async () => {
    const { fire } = guardedContents();
    expect(fire('will-navigate', `${rendererUrl}#/post`)).toBe('allowed');
    expect(fire('will-navigate', 'https://example.com/')).toBe('prevented');
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe('prevented');
    // will-frame-navigate also fires for the main frame: it leaves that to will-navigate.
    expect(fire('will-frame-navigate', 'https://example.com/', true)).toBe('allowed');
    await Promise.resolve();
    expect(opened).toEqual(['https://example.com/']);
  });

  it('stops sub-frame navigations and redirects away from the app, without opening them', async () => {
    const { fire } = guardedContents();
    expect(fire('will-frame-navigate', 'https://evil.example/', false)).toBe('prevented');
    expect(fire('will-frame-navigate', 'about:srcdoc', false)).toBe('allowed');
    expect(fire('will-redirect', 'https://evil.example/', true)).toBe('prevented');
    expect(fire('will-redirect', rendererUrl, true)).toBe('allowed');
    expect(fire('will-attach-webview', 'about:blank')).toBe('prevented');
    await Promise.resolve();
    expect(opened).toEqual([]);
  });
});
