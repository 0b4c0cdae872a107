import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender } from './security-policy';

const rendererFile = '/opt/Postwright/resources/app.asar/out/renderer/index.html';
const fileRenderer = pathToFileURL(rendererFile).href;
const devRenderer = 'http://localhost:5173/';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com/post?id=1#top',
    'http://example.com',
    'HTTP://EXAMPLE.COM/Path',
    'HtTpS://example.com',
    'mailto:writer@example.com',
    'MAILTO:writer@example.com?subject=Hi',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'chrome://settings',
    'about:blank',
    '//example.com/protocol-relative',
    '/relative/path',
    'not a url',
    '',
    'https://trusted.example@evil.example/',
    'https://user:secret@example.com/',
  ])('denies %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts the renderer file itself, with any hash or query', () => {
    expect(isAppUrl(fileRenderer, fileRenderer)).toBe(true);
    expect(isAppUrl(`${fileRenderer}#/posts/hello.md`, fileRenderer)).toBe(true);
    expect(isAppUrl(`${fileRenderer}?view=split`, fileRenderer)).toBe(true);
  });

  it('rejects other files, even next to the renderer', () => {
    expect(isAppUrl(pathToFileURL('/opt/Postwright/resources/app.asar/out/renderer/other.html').href, fileRenderer)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', fileRenderer)).toBe(false);
    expect(isAppUrl('file://remote-host/opt/Postwright/resources/app.asar/out/renderer/index.html', fileRenderer)).toBe(false);
  });

  it('rejects the web when the renderer is a file', () => {
    expect(isAppUrl('https://example.com/index.html', fileRenderer)).toBe(false);
    expect(isAppUrl('not a url', fileRenderer)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/', devRenderer)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devRenderer)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devRenderer)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', devRenderer)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devRenderer)).toBe(false);
    expect(isAppUrl(fileRenderer, devRenderer)).toBe(false);
  });

  it('trusts nothing when the renderer URL is not a page URL', () => {
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
    expect(isAppUrl('x', 'not a url')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame showing the app page', () => {
    expect(isTrustedSender({ url: fileRenderer, isMainFrame: true }, fileRenderer)).toBe(true);
    expect(isTrustedSender({ url: `${devRenderer}#x`, isMainFrame: true }, devRenderer)).toBe(true);
  });

  it('never trusts a sub-frame, even with the app URL', () => {
    expect(isTrustedSender({ url: fileRenderer, isMainFrame: false }, fileRenderer)).toBe(false);
  });

  it('never trusts a frame showing another page', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, fileRenderer)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, fileRenderer)).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, fileRenderer)).toBe(false);
  });

  it('never trusts a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(null, fileRenderer)).toBe(false);
    expect(isTrustedSender(undefined, fileRenderer)).toBe(false);
  });
});
