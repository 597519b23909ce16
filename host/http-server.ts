import { readFile } from 'node:fs/promises';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mimeType, resolveRendererFile } from '../backend';
import type { Backend } from '../backend/types';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'none'";

/** Large enough for a whole-database import file sent from the UI. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;

export interface HostOptions {
  backend: Backend;
  rendererDir: string;
  token: string;
}

/**
 * The local host: the built renderer plus `POST /api/<method>` for the same backend Electron uses.
 * It listens on 127.0.0.1 only, and every API call must carry this start's random token.
 */
export function createHostServer({ backend, rendererDir, token }: HostOptions): Server {
  const expected = Buffer.from(`Bearer ${token}`);
  const authorised = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[nadzor] request failed:', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Refuse requests addressed to another host name: a DNS-rebinding page cannot reach the API.
    if (!isLoopbackHost(req.headers.host))
      return sendJson(res, 421, { ok: false, error: { code: 'unauthorized', message: 'wrong host' } });

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'POST only' } });
      if (!authorised(req)) {
        return sendJson(res, 401, {
          ok: false,
          error: { code: 'unauthorized', message: 'missing or wrong token' },
        });
      }
      const body = await readJson(req);
      if (body === undefined)
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'body is not JSON' },
        });
      const { input, meta } = (body ?? {}) as { input?: unknown; meta?: { language?: 'ru' | 'kk' | 'en' } };
      const result = await backend.dispatch(url.pathname.slice('/api/'.length), input, meta);
      return sendJson(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
    const file = await resolveRendererFile(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': mimeType(file),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : await readFile(file));
  }
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        resolvePromise(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolvePromise(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : {});
      } catch {
        resolvePromise(undefined);
      }
    });
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
