import { readFile } from 'node:fs/promises';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mimeType, resolveRendererFile } from '../backend';
import type { Backend } from '../backend/types';
import type { CallMeta } from '../shared/api/client';
import { defaultLanguage, translate } from '../shared/i18n';
import type { Language } from '../shared/domain/fields';
import type { ApiError, Result } from '../shared/result';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'none'";

/** Large enough for a whole-database import file sent from the UI. */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;

/** An HTTP answer whose body is a JSON `Result`, as every API answer is. */
export interface Reply {
  status: number;
  body: Result<unknown> | { ok: false };
  headers?: Record<string, string>;
}

/** How one kind of host admits API calls; the requests themselves are handled alike. */
export interface ApiPolicy {
  /** A refusal before anything is read (wrong host name, missing token); undefined lets the call in. */
  admit(req: IncomingMessage): Reply | undefined;
  /** The largest body a call of `method` may send. */
  maxBodyBytes(method: string): number;
  /** Runs the call; a policy may refuse it instead (too many sign-ins from one address). */
  call(
    req: IncomingMessage,
    method: string,
    input: unknown,
    meta: Partial<CallMeta> | undefined,
  ): Promise<Reply>;
  /** Change events for a signed-in session, streamed by `POST /api/events` (see streamChanges). */
  watchChanges: Backend['watchChanges'];
}

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
  return createServer(serveRequests(rendererDir, loopbackPolicy(backend, token)));
}

function loopbackPolicy(backend: Backend, token: string): ApiPolicy {
  const expected = Buffer.from(`Bearer ${token}`);
  const authorised = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return {
    admit: (req) => {
      if (!authorised(req)) return refusal(401, 'unauthorized', 'missing or wrong token');
      return undefined;
    },
    maxBodyBytes: () => MAX_BODY_BYTES,
    call: async (_req, method, input, meta) => ({
      status: 200,
      body: await backend.dispatch(method, input, meta),
    }),
    watchChanges: backend.watchChanges,
  };
}

/**
 * The request listener both hosts share: the renderer's files for GET, `POST /api/<method>` through
 * `policy` to the backend. A body over the policy's limit is answered 413 before it is parsed, so
 * nothing of it reaches the backend.
 */
export function serveRequests(
  rendererDir: string,
  policy: ApiPolicy,
  { loopbackOnly = true }: { loopbackOnly?: boolean } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[nadzor] request failed:', error);
      if (!res.headersSent) send(res, refusal(500, 'internal', 'internal error'));
      else res.destroy();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Refuse requests addressed to another host name: a DNS-rebinding page cannot reach the API.
    if (loopbackOnly && !isLoopbackHost(req.headers.host))
      return send(res, refusal(421, 'unauthorized', 'wrong host'));

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, refusal(405, 'invalid_input', 'POST only'));
      const refused = policy.admit(req);
      if (refused) return send(res, refused);
      const method = url.pathname.slice('/api/'.length);
      if (method === EVENTS) return streamChanges(req, res, policy);
      const limit = policy.maxBodyBytes(method);
      const body = await readJson(req, limit);
      if (body === TOO_LARGE) {
        const megabytes = Math.max(1, Math.round(limit / (1024 * 1024)));
        const message = translate(requestLanguage(req), 'errors.tooLarge', { megabytes });
        send(res, refusal(413, 'too_large', message));
        return discardRest(req);
      }
      if (body === NOT_JSON) return send(res, refusal(400, 'invalid_input', 'body is not JSON'));
      const { input, meta } = (body ?? {}) as { input?: unknown; meta?: Partial<CallMeta> };
      return send(res, await policy.call(req, method, input, meta));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, { status: 405, body: { ok: false } });
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
      'cache-control': cacheControlFor(url.pathname),
    });
    res.end(req.method === 'HEAD' ? undefined : await readFile(file));
  }
}

/**
 * Vite names every file under /assets/ by a hash of its content, so a browser may keep it for good and
 * reuse its compiled code on the next start; index.html names the current ones and is always asked for.
 */
export const cacheControlFor = (path: string): string =>
  path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';

/** The path (under /api/) of the change-event stream; not a contract method, so no call can be named so. */
export const EVENTS = 'events';
const EVENTS_BODY_BYTES = 4096;
/** A comment line this often, so a client (or the server) finds out a silently dropped connection. */
const KEEP_ALIVE_MS = 25_000;

/**
 * `POST /api/events`: server-sent events of committed changes for the session in the body's `meta`
 * (a POST with the session in its body, as every call, so the token is never in a URL or a log). The
 * first event, `ready`, says listening has begun: anything committed after it arrives. A refusal (no
 * session, or one that may not read) is the usual JSON result; the stream ends when the session may no
 * longer read, and the client connects again by itself.
 */
async function streamChanges(req: IncomingMessage, res: ServerResponse, policy: ApiPolicy): Promise<void> {
  const body = await readJson(req, EVENTS_BODY_BYTES);
  if (body === TOO_LARGE || body === NOT_JSON) return send(res, refusal(400, 'invalid_input', 'bad body'));
  const { meta } = (body ?? {}) as { meta?: Partial<CallMeta> };
  let ended = false;
  const watched = await policy.watchChanges(meta, {
    // One heard before the stream opened is covered by `ready`, after which the client reads again.
    change: (event) => void (res.headersSent && res.write(`data: ${JSON.stringify(event)}\n\n`)),
    ended: () => {
      ended = true;
      if (res.headersSent) res.end();
    },
  });
  if (!watched.ok)
    return send(res, { status: watched.error.code === 'database_unavailable' ? 503 : 401, body: watched });
  const stop = watched.value;
  const keepAlive = setInterval(() => res.write(':\n\n'), KEEP_ALIVE_MS);
  res.on('close', () => {
    clearInterval(keepAlive);
    stop();
  });
  outcomes.set(res, 'ok');
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (ended) res.end();
  else res.write('event: ready\ndata: {}\n\n');
}

export const refusal = (status: number, code: ApiError['code'], message: string): Reply => ({
  status,
  body: { ok: false, error: { code, message } },
});

/** The language of a refusal made before the body (and its `meta.language`) is read. */
export function requestLanguage(req: IncomingMessage): Language {
  const first = (req.headers['accept-language'] ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'ru' || first === 'kk' || first === 'en' ? first : defaultLanguage;
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

const TOO_LARGE = Symbol('too large');
const NOT_JSON = Symbol('not JSON');

function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve(TOO_LARGE);
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolvePromise(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      try {
        resolvePromise(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : {});
      } catch {
        resolvePromise(NOT_JSON);
      }
    });
    req.on('error', reject);
  });
}

/** How much of a refused body is read and dropped before its connection is cut instead. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/**
 * Reads and drops the rest of a refused body, so the client, still sending, receives the 413 rather than
 * a reset connection (a reset can wipe the answer it has not read yet); past 64 MB the connection is cut.
 */
function discardRest(req: IncomingMessage): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** How each answered call ended (`ok` or its error code), for the access log. */
const outcomes = new WeakMap<ServerResponse, string>();
export const outcomeOf = (res: ServerResponse): string | undefined => outcomes.get(res);

function send(res: ServerResponse, { status, body, headers }: Reply): void {
  outcomes.set(res, body.ok ? 'ok' : 'error' in body ? body.error.code : 'refused');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
