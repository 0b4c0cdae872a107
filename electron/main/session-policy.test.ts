import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { applySessionPolicy } from './session-policy';

/** A stand-in session that records the handlers applySessionPolicy installs. */
function recordingSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const keep = (name: string) => (handler: (...args: never[]) => unknown) => {
    handlers[name] = handler;
  };
  const session = {
    setPermissionRequestHandler: keep('request'),
    setPermissionCheckHandler: keep('check'),
    setDevicePermissionHandler: keep('device'),
    webRequest: { onHeadersReceived: keep('headers') },
  };
  return { session: session as unknown as Session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
}

describe('applySessionPolicy', () => {
  it('denies every permission request, check and device', () => {
    const { session, handlers } = recordingSession();
    applySessionPolicy(session, undefined);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://postwright', {})).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://postwright' })).toBe(false);
  });

  it('adds the production CSP to every response, keeping the other headers', () => {
    const { session, handlers } = recordingSession();
    applySessionPolicy(session, undefined);
    const callback = vi.fn();
    handlers.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy()] },
    });
  });

  it('relaxes the CSP for the dev server only when there is one', () => {
    const { session, handlers } = recordingSession();
    applySessionPolicy(session, 'http://localhost:5173');
    const callback = vi.fn();
    handlers.headers!({ responseHeaders: {} }, callback);
    const [{ responseHeaders }] = callback.mock.calls[0] as [{ responseHeaders: Record<string, string[]> }];
    expect(responseHeaders['Content-Security-Policy']![0]).toContain('ws://localhost:5173');
  });
});
