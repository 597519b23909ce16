import { app, type Session } from 'electron';
import { contentSecurityPolicy, isAllowedRequest, isAppUrl } from './origin';

/**
 * Session-wide guards: the app is offline, so every request outside its own origin is cancelled;
 * its pages get a strict CSP header; and no web permission (camera, notifications, …) is ever granted.
 */
export function hardenSession(session: Session, devOrigin: string | null): void {
  const csp = contentSecurityPolicy(devOrigin);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devOrigin);
    if (!allowed) console.warn(`nadzor: blocked a request to ${details.url.slice(0, 120)}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, devOrigin)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Applies to every web contents Electron ever creates (windows, DevTools): no navigation away from
 * the loaded page, no new windows, no <webview>. In-app routing uses the History API, which is not
 * a navigation, so nothing legitimate is lost.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
