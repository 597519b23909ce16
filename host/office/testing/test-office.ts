import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../../backend/types';
import type { ApiError } from '../../../shared/result';
import { officeCertificate } from '../certificate';
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
  /** The server's certificate (PEM): what a client trusts. */
  certificate: string;
  /** The access log's lines. */
  log: string[];
  client(): OfficeClient;
  close(): void;
}

const readAll = async (res: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of res) text += (chunk as Buffer).toString('utf8');
  return text;
};

/**
 * A real office server over TLS (a self-signed certificate made by openssl) on `backend`, listening on a
 * free port of 127.0.0.1, and clients for it that keep their connection alive, as a desktop client does.
 */
export async function startTestOffice(backend: Backend): Promise<TestOffice> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-office-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');
  const certificate = await officeCertificate({
    stateDir: mkdtempSync(join(tmpdir(), 'nadzor-office-state-')),
    listenHost: '127.0.0.1',
  });
  const log: string[] = [];
  const server = createOfficeServer({
    backend,
    rendererDir,
    tls: certificate,
    log: (line) => log.push(line),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agents: Agent[] = [];

  const client = (): OfficeClient => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: certificate.cert });
    agents.push(agent);
    const post = (path: string, body: unknown, via: Agent | false): Promise<IncomingMessage> =>
      new Promise((resolve, reject) => {
        const text = JSON.stringify(body);
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method: 'POST',
            ca: certificate.cert,
            agent: via,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
          },
          resolve,
        );
        req.on('error', reject);
        req.end(text);
      });
    return {
      call: async <T>(method: string, input: unknown, session?: string) =>
        JSON.parse(
          await readAll(await post(`/api/${method}`, { input, meta: { language: 'en', session } }, agent)),
        ) as Answer<T>,
      // The stream holds its connection open: it gets one of its own, beside the calls' kept-alive one.
      events: async (session) => {
        const res = await post('/api/events', { meta: { language: 'en', session } }, false);
        if (res.statusCode !== 200) throw new Error(`events: ${res.statusCode} ${await readAll(res)}`);
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
      },
      close: () => agent.destroy(),
    };
  };

  return {
    server,
    certificate: certificate.cert,
    log,
    client,
    close: () => {
      for (const agent of agents) agent.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}
