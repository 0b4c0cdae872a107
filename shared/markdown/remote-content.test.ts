import { describe, expect, it } from 'vitest';
import { isAllowedLoad } from './remote-content';

describe('isAllowedLoad', () => {
  it.each([
    ['images/a.png', true],
    ['../a.png', true],
    ['/static/a.png', true],
    ['https://example.com/a.png', true],
    ['  HTTPS://example.com/a.png', true],
    ['data:image/png;base64,AAAA', true],
    ['http://example.com/a.png', false],
    ['HTTP://example.com/a.png', false],
    ['http://127.0.0.1:9/?reboot=1', false],
    ['//example.com/a.png', false],
    ['\\\\server\\share\\a.png', false],
    ['/\\example.com/a.png', false],
    ['ht\ttp://example.com/a.png', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/a.png', false],
    ['data:text/html,<script>', false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['javascript:alert(1)', false],
  ])('%s → %s under the https policy', (url, allowed) => {
    expect(isAllowedLoad(url, 'https')).toBe(allowed);
  });

  it('refuses every remote address under the block policy, and still allows local ones', () => {
    expect(isAllowedLoad('https://example.com/a.png', 'block')).toBe(false);
    expect(isAllowedLoad('images/a.png', 'block')).toBe(true);
  });
});
