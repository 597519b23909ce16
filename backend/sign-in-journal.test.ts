import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPgStore } from '../db/postgres/store';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { tempDbPath } from '../db/test-support';
import { SIGN_IN_JOURNAL_CAP } from '../shared/domain/sign-in-journal';
import { caller, openTestBackend, setUpAdmin, signedInAs, TEST_PASSWORD } from './test-api';
import type { Backend } from './types';

/*
 * The sign-in journal on both engines: failed sign-ins, the lockout and what follows are journalled
 * (not chained: the trail's length does not move), the auditor and the administrator read it newest
 * first in pages, other roles may not, and the journal keeps its latest SIGN_IN_JOURNAL_CAP attempts.
 */

const pgDatabase = usePgDatabase();

const engines = {
  sqlite: () => ({ dbPath: tempDbPath() }),
  postgres: () => ({ pg: pgDatabase() }),
};

describe.each(Object.keys(engines) as (keyof typeof engines)[])('the sign-in journal on %s', (engine) => {
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('holds failed sign-ins, the lockout and a refusal while locked, outside the trail, for the auditor', async () => {
    let clock = new Date('2026-03-02T09:00:00.000Z');
    backend = await openTestBackend({ ...engines[engine](), transport: 'http', now: () => clock });
    const adminSession = await setUpAdmin(backend);
    const admin = caller(backend, adminSession);
    const auditor = await signedInAs(backend, adminSession, 'auditor', 'aliya');
    await signedInAs(backend, adminSession, 'supervisor', 'bolat');
    const reporter = await signedInAs(backend, adminSession, 'reporter', 'dana');
    const trailBefore = (await auditor.ok('audit.list', { pageSize: 1 })).total;

    const anyone = caller(backend);
    clock = new Date('2026-03-02T09:05:00.000Z');
    const nobody = await anyone.call('auth.login', { login: 'root', password: 'guess-guess-1' });
    expect(nobody).toMatchObject({ ok: false, error: { message: 'Wrong login or password.' } });
    for (let i = 0; i < 5; i++)
      await anyone.call('auth.login', { login: 'Bolat', password: `wrong-password-${i}` });
    const locked = await anyone.call('auth.login', { login: 'bolat', password: TEST_PASSWORD });
    expect(locked.ok).toBe(false);
    expect(locked.ok ? '' : locked.error.message).toMatch(/locked until/);

    // Nothing of it is in the trail.
    expect((await auditor.ok('audit.list', { pageSize: 1 })).total).toBe(trailBefore);

    const page = await auditor.ok('audit.signIns', { page: 1, pageSize: 8 });
    // admin set up, then aliya, bolat, dana each signed in once (temporary password): 4, plus 7 now.
    expect(page.total).toBe(11);
    expect(page.items.map(({ at, login, outcome }) => [at, login, outcome])).toEqual([
      ['2026-03-02T09:05:00.000Z', 'bolat', 'whileLocked'],
      ['2026-03-02T09:05:00.000Z', 'bolat', 'lockedOut'],
      ['2026-03-02T09:05:00.000Z', 'bolat', 'wrongPassword'],
      ['2026-03-02T09:05:00.000Z', 'bolat', 'wrongPassword'],
      ['2026-03-02T09:05:00.000Z', 'bolat', 'wrongPassword'],
      ['2026-03-02T09:05:00.000Z', 'bolat', 'wrongPassword'],
      ['2026-03-02T09:05:00.000Z', 'root', 'unknownLogin'],
      ['2026-03-02T09:00:00.000Z', 'dana', 'signedIn'],
    ]);
    expect(page.items[6]!.userId).toBeNull();
    const second = await admin.ok('audit.signIns', { page: 2, pageSize: 8 });
    expect(second.items.map(({ login, outcome }) => [login, outcome])).toEqual([
      ['bolat', 'signedIn'],
      ['aliya', 'signedIn'],
      ['olga', 'signedIn'],
    ]);

    expect(await reporter.call('audit.signIns', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await anyone.call('audit.signIns', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });

  it('keeps the latest attempts up to its cap, removing the oldest', async () => {
    const path = tempDbPath();
    const store = engine === 'sqlite' ? openSqliteStore(path) : await openPgStore(pgDatabase());
    try {
      // A full journal, written straight into the table as a spraying attacker's attempts would leave it.
      if (engine === 'sqlite') {
        const db = new Database(path);
        db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SIGN_IN_JOURNAL_CAP})
          INSERT INTO sign_in_journal (at, login, outcome) SELECT '2026-01-01T00:00:00.000Z', 'spray' || i, 'unknownLogin' FROM n`);
        db.close();
      } else {
        const client = new pg.Client({ connectionString: pgDatabase() });
        await client.connect();
        await client.query(`TRUNCATE sign_in_journal RESTART IDENTITY`);
        await client.query(`INSERT INTO sign_in_journal (at, login, outcome)
          SELECT '2026-01-01T00:00:00.000Z', 'spray' || i, 'unknownLogin' FROM generate_series(1, ${SIGN_IN_JOURNAL_CAP}) i`);
        await client.end();
      }
      await store.bookkeep((b) =>
        b.journal({ at: '2026-01-02T00:00:00.000Z', login: 'last', outcome: 'unknownLogin', userId: null }),
      );
      const { entries, total } = await store.read((r) => r.signIns.page(0, 1));
      expect(total).toBe(10_000);
      expect(entries.map((e) => e.login)).toEqual(['last']);
      const oldest = await store.read((r) => r.signIns.page(9_999, 1));
      expect(oldest.entries.map((e) => e.login)).toEqual(['spray2']);
    } finally {
      await store.close();
    }
  });
});
