import { describe, expect, it } from 'vitest';
import { API_ENDPOINTS, createApiProxy, httpRoute, ipcChannel } from './shape';

describe('the API method list', () => {
  it('derives one unique channel and route per method', () => {
    const names = API_ENDPOINTS.map((e) => e.name);
    expect(names).toEqual([
      'posts.list', 'posts.read', 'posts.save', 'posts.create',
      'folder.current', 'folder.open', 'folder.pick',
      'export.render', 'export.save',
      'app.info',
    ]);
    expect(new Set(API_ENDPOINTS.map(ipcChannel)).size).toBe(names.length);
    expect(httpRoute(API_ENDPOINTS[1]!)).toBe('/api/posts/read');
    expect(ipcChannel(API_ENDPOINTS[1]!)).toBe('postwright:posts.read');
  });

  it('builds a client whose methods forward name and arguments', async () => {
    const calls: unknown[] = [];
    const api = createApiProxy(async (endpoint, args) => {
      calls.push([endpoint.name, args]);
      return { ok: true, value: null };
    });
    await api.posts.read('a.md');
    await api.export.save({ id: 'a.md', text: 't' });
    expect(calls).toEqual([
      ['posts.read', ['a.md']],
      ['export.save', [{ id: 'a.md', text: 't' }]],
    ]);
  });
});
