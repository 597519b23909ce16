import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_RECHECK_MS } from '../../backend/changes';
import { openTestBackend, TEST_PASSWORD } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { apiBody, eventBlocks, readAll, startTestOffice, type TestOffice } from './testing/test-office';

/*
 * The office server's change stream (POST /api/events) over real TLS on a real PostgreSQL database:
 * a signed-in reader hears a write made through the API; a client without a session hears nothing.
 */

describe('the office server change stream', () => {
  const database = usePgDatabase();
  let backend: Backend;
  let office: TestOffice;

  // The server's clock, moved on by a test to pass a stream's session look-up interval.
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);

  beforeAll(async () => {
    backend = await openTestBackend({ pg: database(), transport: 'http', now });
    office = await startTestOffice(backend);
  });
  afterAll(async () => {
    office.close();
    await backend.close();
  });

  const openStream = (session?: string) => office.post('/api/events', apiBody(undefined, session));
  const call = async (method: string, input: unknown, session?: string) =>
    JSON.parse(await readAll(await office.post(`/api/${method}`, apiBody(input, session)))) as {
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { code: string };
    };

  it('refuses a client without a session, or with one that is not signed in', async () => {
    for (const session of [undefined, 'f'.repeat(64)]) {
      const res = await openStream(session);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/json');
      expect(JSON.parse(await readAll(res))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    // Logged by name like a call, and the session given is not in the log.
    expect(office.log.at(-1)).toMatch(/ api events 401 unauthenticated \d+ms$/);
    expect(office.log.join('\n')).not.toContain('f'.repeat(64));
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

    const res = await openStream(reader);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const stream = eventBlocks(res);
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

  it('ends the stream of a session signed out since, at its first change after the look-up interval', async () => {
    const olga = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;
    const leaving = (await call('auth.login', { login: 'olga', password: TEST_PASSWORD })).value!
      .session as string;
    const res = await openStream(leaving);
    const stream = eventBlocks(res);
    expect(await stream.next()).toBe('event: ready\ndata: {}');
    expect(await call('auth.logout', {}, leaving)).toMatchObject({ ok: true });
    const ended = new Promise<void>((resolve) => res.on('end', resolve));
    ahead += SESSION_RECHECK_MS;
    await call(
      'cases.create',
      { registryNumber: '245100031000124', article: '194', district: 'Almaty', registeredOn: '2026-10-01' },
      olga,
    );
    await ended;
  });
});
