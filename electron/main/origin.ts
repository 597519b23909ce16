/**
 * Where the renderer comes from, and so which URLs count as "our app". Pure (no Electron import),
 * so the rules can be tested in plain Node.
 */
export const appScheme = 'app';
export const appHost = 'nadzor';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The Vite dev server origin during `electron-vite dev`, else null. A packaged app ignores the
 * variable, and only a loopback http(s) URL is accepted, so nobody can point the window at the network.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  const url = parseUrl(rendererUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !loopbackHosts.has(url.hostname))
    return null;
  return url.origin;
}

/** True for pages of the app itself: `app://nadzor/...`, or the dev server in development. */
export function isAppUrl(raw: string, devOrigin: string | null): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  // Node's URL gives custom schemes an opaque origin ("null"), so compare scheme and host instead.
  if (url.protocol === `${appScheme}:`) return url.host === appHost;
  return devOrigin !== null && url.origin === devOrigin;
}

/**
 * The app is offline by design: only its own pages, DevTools and in-memory data may load. In
 * development the dev server's origin (and its hot-reload WebSocket on the same host) is allowed too.
 */
export function isAllowedRequest(raw: string, devOrigin: string | null): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  switch (url.protocol) {
    case `${appScheme}:`:
      return url.host === appHost;
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'http:':
    case 'https:':
      return devOrigin !== null && url.origin === devOrigin;
    case 'ws:':
    case 'wss:':
      return devOrigin !== null && url.host === new URL(devOrigin).host;
    default:
      return false;
  }
}

/**
 * Sent with every app page. antd writes its styles into <style> elements at run time, hence
 * 'unsafe-inline' for styles; scripts stay 'self' only, except that the dev server's React refresh
 * preamble is an inline script.
 */
export function contentSecurityPolicy(devOrigin: string | null): string {
  const devSocket = devOrigin ? ` ${devOrigin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${devOrigin ? " 'unsafe-inline'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devSocket}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
