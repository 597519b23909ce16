import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, devServerOrigin, isAllowedRequest, isAppUrl } from './origin';

const dev = 'http://localhost:5173';

describe('devServerOrigin', () => {
  it('accepts a loopback dev server only in an unpackaged app', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe(dev);
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });

  it('refuses anything that is not loopback http', () => {
    expect(devServerOrigin('http://example.com:5173', false)).toBeNull();
    expect(devServerOrigin('http://localhost.example.com', false)).toBeNull();
    expect(devServerOrigin('file:///etc/passwd', false)).toBeNull();
    expect(devServerOrigin('not a url', false)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('knows the app origin and, in development, the dev server', () => {
    expect(isAppUrl('app://nadzor/index.html', null)).toBe(true);
    expect(isAppUrl('app://other/index.html', null)).toBe(false);
    expect(isAppUrl(`${dev}/cases`, dev)).toBe(true);
    expect(isAppUrl(`${dev}/cases`, null)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('file:///index.html', dev)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets only the app, DevTools and in-memory data through in a built app', () => {
    for (const url of [
      'app://nadzor/assets/a.js',
      'devtools://devtools/bundled/x.html',
      'data:image/png;base64,AA',
      'blob:app://nadzor/1',
    ]) {
      expect(isAllowedRequest(url, null), url).toBe(true);
    }
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://evil/x',
      'ftp://x/',
    ]) {
      expect(isAllowedRequest(url, null), url).toBe(false);
    }
  });

  it('adds exactly the dev server origin and its hot-reload socket in development', () => {
    expect(isAllowedRequest(`${dev}/src/main.tsx`, dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', dev)).toBe(false);
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('keeps scripts to the app itself when built', () => {
    const csp = contentSecurityPolicy(null);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('allows the dev server socket only in development', () => {
    expect(contentSecurityPolicy(dev)).toContain("connect-src 'self' ws://localhost:5173");
    expect(contentSecurityPolicy(null)).toContain("connect-src 'self';");
  });
});
