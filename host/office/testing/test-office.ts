import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../../backend/types';
import type { ApiError } from '../../../shared/result';
import { officeCertificate, type OfficeCertificate } from '../certificate';
import { createOfficeServer } from '../office-server';

/** An API answer as a client reads it. */
export type Answer<T = Record<string, unknown>> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One simulated office computer: its own kept-alive TLS connection, trusting only the server's certificate. */
export interface OfficeClient {
  call<T = Record<string, unknown>>(method: string, input: unknown, session?: string): Promise<Answer<T>>;
  /** Opens the change stream of `session`; `next()` resolves with its next whole event block. */
  events(session: string): Promise<{ next(): Promise<string>; close(): void }>;
  close(): void;
}

export interface TestOffice {
  server: Server;
  port: number;
  /** The server's certificate (PEM): what a client trusts. */
  certificate: string;
  /** The access log's lines. */
  log: string[];
  client(): OfficeClient;
  /**
   * One POST on a connection of its own, trusting only the server's certificate; answers once the
   * headers arrive. `chunked` sends the body in pieces without saying its length first.
   */
  post(path: string, body: string, options?: { chunked?: boolean }): Promise<IncomingMessage>;
  close(): void;
}

/** The whole body of an answer, as text. */
export const readAll = async (res: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of res) text += (chunk as Buffer).toString('utf8');
  return text;
};

/** An API call's request body, as a client sends it. */
export const apiBody = (input: unknown, session?: string, extraMeta: Record<string, unknown> = {}) =>
  JSON.stringify({ input, meta: { language: 'en', ...(session ? { session } : {}), ...extraMeta } });

/** A change stream's events as they come: `next()` resolves with the next whole event block. */
export function eventBlocks(res: IncomingMessage): { next(): Promise<string>; close(): void } {
  let buffer = '';
  const blocks: string[] = [];
  let wake: (() => void) | undefined;
  res.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      blocks.push(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      wake?.();
    }
  });
  return {
    next: async () => {
      while (blocks.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return blocks.shift()!;
    },
    close: () => res.destroy(),
  };
}

/**
 * A real office server over TLS on `backend`, listening on a free port of 127.0.0.1, and clients for it
 * that keep their connection alive, as a desktop client does. The certificate is a self-signed one made
 * by openssl, or `certificate` when several servers must present the same one.
 */
export async function startTestOffice(
  backend: Backend,
  certificate?: OfficeCertificate,
): Promise<TestOffice> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-office-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');
  const tls = certificate ?? (await testCertificate());
  const log: string[] = [];
  const server = createOfficeServer({ backend, rendererDir, tls, log: (line) => log.push(line) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agents: Agent[] = [];

  const send = (path: string, body: string, via: Agent | false, chunked = false): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          ca: tls.cert,
          agent: via,
          headers: {
            'content-type': 'application/json',
            'accept-language': 'en',
            ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) }),
          },
        },
        resolve,
      );
      req.on('error', reject);
      if (chunked) for (let at = 0; at < body.length; at += 65_536) req.write(body.slice(at, at + 65_536));
      req.end(chunked ? undefined : body);
    });

  const client = (): OfficeClient => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: tls.cert });
    agents.push(agent);
    return {
      call: async <T>(method: string, input: unknown, session?: string) =>
        JSON.parse(await readAll(await send(`/api/${method}`, apiBody(input, session), agent))) as Answer<T>,
      // The stream holds its connection open: it gets one of its own, beside the calls' kept-alive one.
      events: async (session) => {
        const res = await send('/api/events', JSON.stringify({ meta: { language: 'en', session } }), false);
        if (res.statusCode !== 200) throw new Error(`events: ${res.statusCode} ${await readAll(res)}`);
        return eventBlocks(res);
      },
      close: () => agent.destroy(),
    };
  };

  return {
    server,
    port,
    certificate: tls.cert,
    log,
    client,
    post: (path, body, { chunked = false } = {}) => send(path, body, false, chunked),
    close: () => {
      for (const agent of agents) agent.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A self-signed certificate for 127.0.0.1, made by openssl in a folder of its own. */
export const testCertificate = (): Promise<OfficeCertificate> =>
  officeCertificate({
    stateDir: mkdtempSync(join(tmpdir(), 'nadzor-office-state-')),
    listenHost: '127.0.0.1',
  });
