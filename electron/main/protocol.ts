import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appHost, appScheme } from './origin';
import { mimeType, resolveRendererFile } from '../../backend/renderer-files';

/**
 * `app://nadzor/` behaves like an https origin (secure context, fetch, its own storage), which
 * file:// does not. Electron accepts this only before the app is ready, so index.ts calls it first.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer (out/renderer) read-only from `app://nadzor/`. */
export function serveRenderer(root: string, csp: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const url = new URL(request.url);
    const file = url.host === appHost ? await resolveRendererFile(root, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  });
}
