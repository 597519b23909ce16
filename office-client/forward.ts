import { request, type IncomingMessage } from 'node:http';
import type { Backend } from '../backend/types';
import type { CallMeta } from '../shared/api/client';
import type { Result } from '../shared/result';
import { connectPinned, LinkError } from './pinned-tls';

/** The office server the desktop app works on: its address and the fingerprint confirmed for it. */
export interface OfficeTarget {
  address: string;
  fingerprint: string;
}

type ChangeListener = Parameters<Backend['watchChanges']>[1];

/**
 * How long a connection may stay silent before it counts as dropped (a network that went away without
 * a word never closes it): a call is answered well within two minutes (imports and the review PDF run
 * as jobs that are polled), and the change stream hears the server's keep-alive every 25 seconds.
 */
export const SILENCE_MS = { call: 120_000, events: 60_000 };

const asLinkError = (error: NodeJS.ErrnoException): LinkError =>
  error instanceof LinkError ? error : new LinkError('unreachable', error.code ?? error.message);

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

/**
 * `POST https://<address>/api/<path>` over a connection whose certificate passed the pin
 * (connectPinned): nothing is written before it has. Resolves with the response (its body unread);
 * a connection that fails or drops is a LinkError('unreachable').
 */
async function post(
  target: OfficeTarget,
  path: string,
  body: string,
  language: string,
  silenceMs: number,
): Promise<IncomingMessage> {
  const { socket } = await connectPinned(target.address, target.fingerprint);
  socket.setTimeout(silenceMs, () => socket.destroy(new LinkError('unreachable', 'no answer')));
  return new Promise((resolve, reject) => {
    const req = request({
      createConnection: () => socket,
      path: `/api/${path}`,
      method: 'POST',
      headers: {
        host: target.address,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        // What a refusal made before the server reads the body (too large) is worded in.
        'accept-language': language,
      },
    });
    req.once('response', resolve);
    req.once('error', (error: NodeJS.ErrnoException) => reject(asLinkError(error)));
    req.end(body);
  });
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.once('error', (error: NodeJS.ErrnoException) => reject(asLinkError(error)));
  });
}

/**
 * One call on the office server, as the page would send it (`{input, meta}` with the session in meta).
 * The server answers every call, even a refusal, with a JSON Result, which is returned as it is; a body
 * that is not one means whatever answered is not a Nadzor server. Throws LinkError when no request
 * could be made or its answer was cut off.
 */
export async function forwardCall(
  target: OfficeTarget,
  method: string,
  input: unknown,
  meta: Partial<CallMeta> | undefined,
  silenceMs = SILENCE_MS.call,
): Promise<Result<unknown> | 'not_nadzor'> {
  const response = await post(
    target,
    encodeURIComponent(method),
    JSON.stringify({ input, meta }),
    meta?.language ?? '',
    silenceMs,
  );
  const text = await readAll(response);
  try {
    const body: unknown = JSON.parse(text);
    return isResult(body) ? body : 'not_nadzor';
  } catch {
    return 'not_nadzor';
  }
}

/**
 * The office server's change stream (`POST /api/events`, server-sent events) for the session in `meta`,
 * handed to `listener` event by event; `ended` fires once when the stream ends for any reason (the
 * server stopped, the network dropped, the session ended), and the window connects again. A refusal
 * (no session that may read) is the server's own Result.
 */
export async function forwardChanges(
  target: OfficeTarget,
  meta: Partial<CallMeta> | undefined,
  listener: ChangeListener,
  silenceMs = SILENCE_MS.events,
): Promise<Result<() => void>> {
  const response = await post(target, 'events', JSON.stringify({ meta }), meta?.language ?? '', silenceMs);
  if (response.statusCode !== 200) {
    const text = await readAll(response);
    try {
      const body: unknown = JSON.parse(text);
      if (isResult(body) && !body.ok) return body;
    } catch {
      // Not a Result: refused all the same.
    }
    throw new LinkError('unreachable', `events: HTTP ${response.statusCode ?? '?'}`);
  }
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    listener.ended();
  };
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      if (!block.startsWith('data: ')) continue; // `event: ready`, keep-alive comments
      try {
        listener.change(JSON.parse(block.slice('data: '.length)) as Parameters<ChangeListener['change']>[0]);
      } catch {
        // Not an announcement: ignored, as the page ignores it.
      }
    }
  });
  response.once('end', end);
  response.once('close', end);
  response.once('error', end);
  return { ok: true, value: () => response.destroy() };
}
