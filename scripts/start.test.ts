import { describe, expect, it } from 'vitest';
import { servedUrl, shouldOpenBrowser, startPlan } from './start.mjs';

/** The decisions of `npm start`'s browser fallback (e2e/browser/start-fallback.spec.ts runs it for real). */
describe('startPlan', () => {
  it('takes the first positional argument as the folder and allows the fallback by default', () => {
    expect(startPlan(['~/blog'], {})).toEqual({ folder: '~/blog', browserFallback: true });
    expect(startPlan([], {})).toEqual({ folder: undefined, browserFallback: true });
  });

  it('turns the fallback off with the flag or the variable', () => {
    expect(startPlan(['--no-browser-fallback', 'blog'], {})).toEqual({ folder: 'blog', browserFallback: false });
    for (const value of ['0', 'false', 'NO', 'off']) {
      expect(startPlan([], { POSTWRIGHT_BROWSER_FALLBACK: value }).browserFallback).toBe(false);
    }
    expect(startPlan([], { POSTWRIGHT_BROWSER_FALLBACK: '1' }).browserFallback).toBe(true);
  });
});

describe('servedUrl', () => {
  it('finds the URL with its token in the line serve prints', () => {
    expect(servedUrl('Open http://127.0.0.1:4321/?token=abc_DEF-1')).toBe('http://127.0.0.1:4321/?token=abc_DEF-1');
  });

  it('ignores other lines and other hosts', () => {
    expect(servedUrl('Postwright is serving /home/me/blog')).toBeNull();
    expect(servedUrl('Open http://evil.example:4321/?token=x')).toBeNull();
    expect(servedUrl('Please Open http://127.0.0.1:4321/')).toBeNull();
  });
});

describe('shouldOpenBrowser', () => {
  it('opens for a person at a desktop', () => {
    expect(shouldOpenBrowser({ platform: 'darwin', env: {}, isTTY: true })).toBe(true);
    expect(shouldOpenBrowser({ platform: 'win32', env: {}, isTTY: true })).toBe(true);
    expect(shouldOpenBrowser({ platform: 'linux', env: { DISPLAY: ':0' }, isTTY: true })).toBe(true);
    expect(shouldOpenBrowser({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, isTTY: true })).toBe(true);
  });

  it('only prints the URL on a headless Linux, in CI, or when output goes to a pipe', () => {
    expect(shouldOpenBrowser({ platform: 'linux', env: {}, isTTY: true })).toBe(false);
    expect(shouldOpenBrowser({ platform: 'darwin', env: { CI: 'true' }, isTTY: true })).toBe(false);
    expect(shouldOpenBrowser({ platform: 'darwin', env: {}, isTTY: false })).toBe(false);
  });
});
