import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, isAllowedExternalUrl, isAppUrl, isTrustedSender, navigationDecision } from './security-policy';

const appRenderer = 'app://postwright/index.html';
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
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://attacker/share',
    'SMB://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'ms-settings:privacy',
    'search-ms:query=secret',
    'chrome://settings',
    'about:blank',
    // UNC paths and shares, however spelled.
    String.raw`\\attacker\share\doc.md`,
    '//attacker/share',
    'file://attacker/share/doc.md',
    // Custom schemes: our own and other apps'.
    'app://postwright/index.html',
    'postwright://open?folder=/',
    'vscode://file/etc/passwd',
    '//example.com/protocol-relative',
    '/relative/path',
    'not a url',
    '',
    'https://',
    // Look-alikes: the part before @ is a user name, not the host.
    'https://trusted.example@evil.example/',
    'https://trusted.example%2F@evil.example/',
    'https://user:secret@example.com/',
  ])('denies %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('allowedExternalUrl', () => {
  it('hands the OS the URL it checked: normalised, with look-alike IDN hosts in punycode', () => {
    expect(allowedExternalUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
    // Cyrillic letters that look like "paypal": the browser is given what the host really is.
    expect(allowedExternalUrl('https://раураl.com/login')).toMatch(/^https:\/\/xn--[a-z0-9-]+\.com\/login$/);
    // After an http(s) scheme a backslash is a slash (WHATWG URL, as in browsers): the host is what follows.
    expect(allowedExternalUrl(String.raw`https:\\evil.example\x`)).toBe('https://evil.example/x');
    expect(allowedExternalUrl(' https://example.com/\n')).toBe('https://example.com/');
    expect(allowedExternalUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts the app page, with any hash or query, and the bare origin', () => {
    expect(isAppUrl(appRenderer, appRenderer)).toBe(true);
    expect(isAppUrl(`${appRenderer}#/posts/hello.md`, appRenderer)).toBe(true);
    expect(isAppUrl(`${appRenderer}?view=split`, appRenderer)).toBe(true);
    expect(isAppUrl('app://postwright/', appRenderer)).toBe(true);
    expect(isAppUrl('APP://POSTWRIGHT/index.html', appRenderer)).toBe(true);
  });

  it('rejects other pages and hosts of the scheme, and every file:// URL', () => {
    expect(isAppUrl('app://postwright/_folder/evil.html', appRenderer)).toBe(false);
    expect(isAppUrl('app://postwright/assets/index.js', appRenderer)).toBe(false);
    expect(isAppUrl('app://other/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('app://postwright.evil/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('app://user@postwright/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('app://postwright:8080/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('file:///opt/Postwright/resources/app.asar/out/renderer/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('https://postwright/index.html', appRenderer)).toBe(false);
    expect(isAppUrl('not a url', appRenderer)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/', devRenderer)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devRenderer)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devRenderer)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', devRenderer)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devRenderer)).toBe(false);
    expect(isAppUrl(appRenderer, devRenderer)).toBe(false);
  });

  it('trusts nothing when the renderer URL is not a page URL', () => {
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
    expect(isAppUrl('x', 'not a url')).toBe(false);
  });
});

describe('navigationDecision', () => {
  const main = (url: string) => navigationDecision({ url, isMainFrame: true }, appRenderer);
  const sub = (url: string) => navigationDecision({ url, isMainFrame: false }, appRenderer);

  it('lets the main frame stay on the app page and sends web and mail links out', () => {
    expect(main(`${appRenderer}#/post`)).toBe('allow');
    expect(main('https://example.com/')).toBe('open-external');
    expect(main('mailto:me@example.com')).toBe('open-external');
  });

  it('denies everything else in the main frame, without opening it', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://postwright/_folder/x.svg', 'smb://host/share', 'data:text/html,x']) {
      expect(main(url), url).toBe('deny');
    }
  });

  it('lets a sub-frame hold only an inert blank or srcdoc document; even the app page is denied there', () => {
    expect(sub('about:blank')).toBe('allow');
    expect(sub('about:srcdoc')).toBe('allow');
    expect(sub(appRenderer)).toBe('deny');
    expect(sub('https://example.com/')).toBe('deny');
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame showing the app page', () => {
    expect(isTrustedSender({ url: appRenderer, isMainFrame: true }, appRenderer)).toBe(true);
    expect(isTrustedSender({ url: `${devRenderer}#x`, isMainFrame: true }, devRenderer)).toBe(true);
  });

  it('never trusts a sub-frame, even with the app URL', () => {
    expect(isTrustedSender({ url: appRenderer, isMainFrame: false }, appRenderer)).toBe(false);
  });

  it('never trusts a frame showing another page', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, appRenderer)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, appRenderer)).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/Postwright/resources/app.asar/out/renderer/index.html', isMainFrame: true }, appRenderer)).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, appRenderer)).toBe(false);
  });

  it('never trusts a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(null, appRenderer)).toBe(false);
    expect(isTrustedSender(undefined, appRenderer)).toBe(false);
  });
});
