import { describe, expect, it } from 'vitest';
import { API_ARGUMENTS } from './arguments';
import { API_ENDPOINTS, API_SHAPE, createApiProxy, httpRoute, ipcChannel } from './shape';

describe('the API method list', () => {
  it('derives one unique channel and route per method', () => {
    const names = API_ENDPOINTS.map((e) => e.name);
    expect(names).toEqual(Object.entries(API_SHAPE).flatMap(([area, methods]) => Object.keys(methods).map((m) => `${area}.${m}`)));
    expect(names).toEqual(expect.arrayContaining(['posts.list', 'posts.read', 'posts.save', 'posts.create', 'folder.open', 'export.render', 'app.info']));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(API_ENDPOINTS.map(ipcChannel)).size).toBe(names.length);
    expect(httpRoute(API_ENDPOINTS[1]!)).toBe('/api/posts/read');
    expect(ipcChannel(API_ENDPOINTS[1]!)).toBe('postwright:posts.read');
  });

  it('declares an argument schema for every method, and none for a method that does not exist', () => {
    const withSchema = Object.entries(API_ARGUMENTS).flatMap(([area, methods]) => Object.keys(methods).map((m) => `${area}.${m}`));
    expect(withSchema.sort()).toEqual(API_ENDPOINTS.map((e) => e.name).sort());
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
