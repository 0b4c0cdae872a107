import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, devServerAdditions } from './content-security-policy';

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));

describe('contentSecurityPolicy', () => {
  it('is the policy of renderer/index.html in a build', () => {
    const html = readFileSync(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP <meta> tag').toBeDefined();
    expect(directives(contentSecurityPolicy())).toEqual(directives(meta!));
  });

  it('relaxes only script and connect sources, and only for the dev server', () => {
    const production = directives(contentSecurityPolicy());
    const dev = directives(contentSecurityPolicy(devServerAdditions('http://localhost:5173')));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    for (const [name, sources] of production) {
      if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name)).toEqual(sources);
    }
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy(devServerAdditions('http://localhost:5173'))).not.toContain('unsafe-eval');
  });
});
