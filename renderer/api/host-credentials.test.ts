import { describe, expect, it } from 'vitest';
import { takeApiToken } from './host-credentials';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('takeApiToken', () => {
  it('takes the token from the printed URL, keeps it in this tab and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = takeApiToken({ location: { href: 'http://127.0.0.1:4000/?token=abc&x=1' }, storage, replaceUrl: (u) => replaced.push(u) });
    expect(token).toBe('abc');
    expect(replaced).toEqual(['/?x=1']);
    expect([...storage.items.values()]).toEqual(['abc']);
  });

  it('accepts the token in the fragment, which never reaches a server', () => {
    const replaced: string[] = [];
    expect(takeApiToken({ location: { href: 'http://localhost:4000/#token=xyz' }, storage: memoryStorage(), replaceUrl: (u) => replaced.push(u) })).toBe('xyz');
    expect(replaced).toEqual(['/']);
  });

  it('finds the token again after a reload, from this tab’s storage', () => {
    const storage = memoryStorage();
    takeApiToken({ location: { href: 'http://127.0.0.1:4000/?token=abc' }, storage, replaceUrl: () => {} });
    const replaced: string[] = [];
    expect(takeApiToken({ location: { href: 'http://127.0.0.1:4000/' }, storage, replaceUrl: (u) => replaced.push(u) })).toBe('abc');
    expect(replaced).toEqual([]);
  });

  it('has no token when neither the URL nor the storage holds one, and survives disabled storage', () => {
    expect(takeApiToken({ location: { href: 'http://127.0.0.1:4000/' }, storage: memoryStorage(), replaceUrl: () => {} })).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(takeApiToken({ location: { href: 'http://127.0.0.1:4000/?token=t' }, storage: broken, replaceUrl: () => {} })).toBe('t');
    expect(takeApiToken({ location: { href: 'http://127.0.0.1:4000/' }, storage: broken, replaceUrl: () => {} })).toBeNull();
  });
});

describe('folder-image key', () => {
  it('is the same HMAC the serve host checks, and differs per token', async () => {
    const { folderImageKey } = await import('./host-credentials');
    const { folderImageKeyFor } = await import('../../electron/serve/token-guard');
    expect(await folderImageKey('token-one')).toBe(folderImageKeyFor('token-one'));
    expect(await folderImageKey('token-one')).not.toBe(await folderImageKey('token-two'));
    expect(await folderImageKey('token-one')).not.toContain('token-one');
  });
});
