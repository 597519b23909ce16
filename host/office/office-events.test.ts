import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, TEST_PASSWORD } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { officeCertificate, type OfficeCertificate } from './certificate';
import { createOfficeServer } from './office-server';

/*
 * The office server's change stream (POST /api/events) over real TLS on a real PostgreSQL database:
 * a signed-in reader hears a write made through the API; a client without a session hears nothing.
 */

const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-office-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');

describe('the office server change stream', () => {
  const database = usePgDatabase();
  let backend: Backend;
  let certificate: OfficeCertificate;
  let server: Server;
  let port = 0;
  const log: string[] = [];

  beforeAll(async () => {
    backend = await openTestBackend({ pg: database(), transport: 'http' });
    certificate = await officeCertificate({
      stateDir: mkdtempSync(join(tmpdir(), 'nadzor-office-state-')),
      listenHost: '127.0.0.1',
    });
    server = createOfficeServer({ backend, rendererDir, tls: certificate, log: (line) => log.push(line) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await backend.close();
  });

  /** A POST over TLS trusting only this server's certificate; answers once the headers arrive. */
  const post = (path: string, body: unknown): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          ca: certificate.cert,
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        },
        resolve,
      );
      req.on('error', reject);
      req.end(text);
    });
  const readAll = async (res: IncomingMessage): Promise<string> => {
    let text = '';
    for await (const chunk of res) text += (chunk as Buffer).toString('utf8');
    return text;
  };
  const call = async (method: string, input: unknown, session?: string) =>
    JSON.parse(await readAll(await post(`/api/${method}`, { input, meta: { language: 'en', session } }))) as {
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { code: string };
    };

  /** The stream's events as they come: `next()` resolves with the next whole event block. */
  function events(res: IncomingMessage) {
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
      next: async (): Promise<string> => {
        while (blocks.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        return blocks.shift()!;
      },
    };
  }

  it('refuses a client without a session, or with one that is not signed in', async () => {
    for (const meta of [{ language: 'en' }, { language: 'en', session: 'f'.repeat(64) }]) {
      const res = await post('/api/events', { meta });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/json');
      expect(JSON.parse(await readAll(res))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    // Logged by name like a call, and the session given is not in the log.
    expect(log.at(-1)).toMatch(/ api events 401 unauthenticated \d+ms$/);
    expect(log.join('\n')).not.toContain('f'.repeat(64));
  });

  it('sends a signed-in reader the case registered through the API by another user', async () => {
    const created = await call('auth.setupAdmin', {
      fullName: 'Olga Admin',
      login: 'olga',
      password: TEST_PASSWORD,
    });
    expect(created).toMatchObject({ ok: true });
    const olga = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;
    const reader = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;

    const res = await post('/api/events', { meta: { language: 'en', session: reader } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const stream = events(res);
    try {
      expect(await stream.next()).toBe('event: ready\ndata: {}');
      const registered = await call(
        'cases.create',
        { registryNumber: '245100031000123', article: '194', district: 'Almaty', registeredOn: '2026-10-01' },
        olga,
      );
      expect(registered).toMatchObject({ ok: true });
      const block = await stream.next();
      expect(block.startsWith('data: ')).toBe(true);
      // Only what changed and its audit entry: no registry number, no personal data.
      const event = JSON.parse(block.slice('data: '.length)) as Record<string, unknown>;
      expect(Object.keys(event).sort()).toEqual(['entity', 'id', 'seq']);
      expect(event).toMatchObject({ entity: 'case', id: String(registered.value!.id) });
      expect(block).not.toContain('245100031000123');
    } finally {
      res.destroy();
    }
  });

  it('ends the stream of a session signed out since, instead of telling it of the next change', async () => {
    const olga = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;
    const leaving = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;
    const res = await post('/api/events', { meta: { language: 'en', session: leaving } });
    const stream = events(res);
    expect(await stream.next()).toBe('event: ready\ndata: {}');
    expect(await call('auth.logout', {}, leaving)).toMatchObject({ ok: true });
    const ended = new Promise<void>((resolve) => res.on('end', resolve));
    await call(
      'cases.create',
      { registryNumber: '245100031000124', article: '194', district: 'Almaty', registeredOn: '2026-10-01' },
      olga,
    );
    await ended;
  });
});
