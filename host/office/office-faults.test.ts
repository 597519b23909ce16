import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin, signedInAs, TEST_PASSWORD } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePrivateCluster } from '../../db/postgres/testing/private-cluster';
import {
  canonicalFileText,
  registerCases,
  registerPersons,
} from '../../shared/domain/testing/register-fixtures';
import { startTestOffice, type TestOffice } from './testing/test-office';

/*
 * The office server when its PostgreSQL stops in the middle of an import and starts again: a cluster of
 * this file's own, stopped and started by an administrator's pg_ctl while one server process (never
 * restarted) keeps serving the office over TLS.
 */

/**
 * The trail before the import, counted from setup: the reference data seeded at the first start
 * (5 districts, 3 articles, 7 platforms, 6 tactics, the seeded marker = 22), the administrator (1),
 * the supervisor's account and first password replaced (2).
 */
const SETUP_ENTRIES = 22 + 1 + 2;

/** The server processes of the database listening for changes (the office server's LISTEN connection). */
const listening = async (db: pg.Client) =>
  (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`,
    )
  ).rows[0]!.n;

/** Runs `fn` on a connection of its own to `url`. */
async function onDatabase<T>(url: string, fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

describe('the office server when PostgreSQL stops during an import and starts again', () => {
  const cluster = usePrivateCluster();
  let backend: Backend;
  let office: TestOffice;
  let admin: string;
  let clerk: string;

  beforeAll(async () => {
    backend = await openTestBackend({ pg: cluster.url(), transport: 'http' });
    admin = await setUpAdmin(backend);
    clerk = (await signedInAs(backend, admin, 'supervisor', 'clerk')).session;
    office = await startTestOffice(backend);
  });
  afterAll(async () => {
    office?.close();
    await backend?.close();
  });

  it('leaves nothing of the cut import, says why, and serves reads, writes and live changes again', async () => {
    const computer = office.client();
    const stream = await computer.events(clerk);
    expect(await stream.next()).toBe('event: ready\ndata: {}');

    // Another session holds the register's table against writes: the import reads it, writes its
    // cases, and then waits at its first register person, in the middle of its transaction.
    const holder = new pg.Client({ connectionString: cluster.url() });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE monitored_persons IN EXCLUSIVE MODE');
    const started = await computer.call<{ jobId: string }>(
      'cases.importStart',
      {
        content: canonicalFileText(registerCases, registerPersons),
        onConflict: 'refuse',
        fileName: 'cut.json',
      },
      clerk,
    );
    if (!started.ok) throw new Error(`importStart: ${JSON.stringify(started)}`);
    for (;;) {
      const { rows } = await holder.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_locks WHERE relation = 'monitored_persons'::regclass AND NOT granted`,
      );
      if (rows[0]!.waiting > 0) break;
    }

    cluster.stop();
    const down = await computer.call('cases.list', {}, clerk);
    expect(down).toEqual({
      ok: false,
      error: {
        code: 'database_unavailable',
        message:
          'The office database cannot be reached at the moment. Nothing was saved; try again shortly, and tell the administrator if it lasts.',
      },
    });

    // Signing in meanwhile is refused the same way, and is no failed attempt: more of them than the
    // address's limit (ten) do not keep anyone out once the database is back.
    for (let i = 0; i < 11; i++) {
      const signIn = await computer.call('auth.login', { login: 'clerk', password: TEST_PASSWORD });
      expect(signIn).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
    }
    // A client opening its change stream meanwhile (as one reconnecting does) is told the same.
    await expect(office.client().events(clerk)).rejects.toThrow(
      /^events: 503 \{"ok":false,"error":\{"code":"database_unavailable","message":"The office database cannot be reached/,
    );

    cluster.start();
    // The job says what happened to it, once the server can be asked again (and has seen it end).
    const progress = () =>
      computer.call<{ state: string }>('cases.importProgress', { jobId: started.value.jobId }, clerk);
    let ended = await progress();
    while (ended.ok && ended.value.state === 'running') ended = await progress();
    expect(ended).toEqual({
      ok: false,
      error: {
        code: 'database_unavailable',
        message:
          'The import was stopped: the office database could not be reached. Nothing of the file was saved; import it again once the database is back.',
        key: 'errors.import.databaseLost',
      },
    });
    // Nothing of it is left: no case, no import, no trail entry.
    await onDatabase(cluster.url(), async (db) => {
      const count = async (table: string) =>
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
      expect({
        cases: await count('cases'),
        persons: await count('monitored_persons'),
        imports: await count('imports'),
        trail: await count('audit_log'),
      }).toEqual({ cases: 0, persons: 0, imports: 0, trail: SETUP_ENTRIES });
    });

    // The same server reads, signs in and writes again…
    expect(await computer.call('cases.list', {}, clerk)).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await computer.call('auth.login', { login: 'clerk', password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    // …and once it listens again (it reconnects by itself), the open stream hears the next change.
    await onDatabase(cluster.url(), async (db) => {
      while ((await listening(db)) === 0);
    });
    const created = await computer.call<{ id: number }>(
      'cases.create',
      { registryNumber: '245100031000301', article: '194', district: 'Almaty', registeredOn: '2025-03-01' },
      clerk,
    );
    if (!created.ok) throw new Error(`cases.create: ${JSON.stringify(created)}`);
    expect(JSON.parse((await stream.next()).slice('data: '.length))).toEqual({
      entity: 'case',
      id: String(created.value.id),
      seq: SETUP_ENTRIES + 1,
    });
    expect(await caller(backend, admin).ok('audit.verify', {})).toMatchObject({
      ok: true,
      entries: SETUP_ENTRIES + 1,
    });
    stream.close();
    computer.close();
  });
});
