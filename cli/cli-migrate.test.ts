import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin, signedInAs, TEST_PASSWORD } from '../backend/test-api';
import { APPLICATION_ID, migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { migratePg } from '../db/postgres/migrate';
import { COPIED_TABLES } from '../db/postgres/copy-from-sqlite';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { runCli } from './run-cli';

const nadzor = (...args: string[]) => runCli(args);
const clock = () => new Date('2026-03-02T09:30:00.000Z');
const OFFICE = 'Ақмола облысының прокуратурасы';
const THREADS = { ru: 'Тредс', kk: null, en: 'Threads' };

/** A folder for the test file's databases and exports, removed after it. */
function tempFolder(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nadzor-migrate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/**
 * An office's file filled through the real services: the demo data, an account of a supervisor, a case
 * edited, a person put on the register with check-ins, a platform added and then retired, a review
 * text and the investigation term changed.
 */
async function officeFile(path: string): Promise<void> {
  const backend = await openTestBackend({ dbPath: path, transport: 'http', now: clock });
  const adminSession = await setUpAdmin(backend);
  const admin = caller(backend, adminSession);
  await admin.ok('demo.fill', {});
  const bob = await signedInAs(backend, adminSession, 'supervisor', 'bob');
  await bob.ok('cases.edit', { id: 3, changes: { damageKzt: 150_000, groupCrime: true } });
  const { id } = await bob.ok('monitoring.create', {
    person: {
      iin: '880120300123',
      fullName: 'Аманов Ерлан Болатович',
      birthDate: '1988-01-20',
      sex: 'M',
      district: 'Almaty',
    },
  });
  await bob.ok('monitoring.addPeriod', {
    id,
    period: { type: 'administrative', start: '2025-10-01', end: '2026-09-30', checkInsPerMonth: 2 },
  });
  await bob.ok('monitoring.recordEvent', { id, period: 0, event: { on: '2025-11-03', type: 'attended' } });
  await bob.ok('monitoring.recordEvent', { id, period: 0, event: { on: '2025-12-01', type: 'missed' } });
  const threads = await admin.ok('reference.save', {
    kind: 'platform',
    name: 'Threads',
    labels: THREADS,
    active: true,
  });
  await admin.ok('reference.save', {
    kind: 'platform',
    id: threads.id,
    name: 'Threads',
    labels: THREADS,
    active: false,
  });
  const report = await admin.ok('reports.settings', {});
  await admin.ok('reports.saveSettings', {
    ...report,
    texts: { ...report.texts, kk: { ...report.texts.kk, office: OFFICE } },
  });
  await admin.ok('settings.setInvestigationDays', { days: 90 });
  await backend.close();
}

async function onDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Rows of every copied table the target holds (all zero for an empty target). */
const rowsHeld = (url: string) =>
  onDatabase(url, async (client) => {
    const held: Record<string, number> = {};
    for (const [table] of COPIED_TABLES)
      held[table] = Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n,
      );
    return held;
  });

describe('nadzor migrate', () => {
  const folder = tempFolder();
  const file = () => join(folder(), 'nadzor.sqlite');
  beforeAll(() => officeFile(file()));

  describe('into an empty database', () => {
    const target = usePgDatabase();

    let migrated: ReturnType<typeof nadzor>;
    beforeAll(() => {
      migrated = nadzor('migrate', '--from', file(), '--to', target());
    });

    it('prints what it copied and the head hash of the file', () => {
      expect(migrated).toMatchObject({ code: 0, stderr: '' });
      const fileTrail = nadzor('audit', 'verify', '--db', file());
      const head = /audit: head ([0-9a-f]{64})/.exec(fileTrail.stdout)![1]!;
      expect(migrated.stdout).toContain(`hash ${head}\n`);
      // Hand-counted: the administrator and bob; the seven seeded platforms and Threads.
      expect(migrated.stdout).toContain('\nusers: 2\n');
      expect(migrated.stdout).toContain('\nplatforms: 8\n');
    });

    it('gives a trail that verifies on the server with the same entries and head hash', () => {
      const fileTrail = nadzor('audit', 'verify', '--db', file());
      expect(fileTrail.code).toBe(0);
      expect(nadzor('audit', 'verify', '--pg', target())).toEqual(fileTrail);
    });

    it.each(['2024', '2025'])('gives the same statistics of %s', (year) => {
      const onFile = nadzor('stats', '--year', year, '--json', '--db', file());
      expect(onFile.code).toBe(0);
      expect(nadzor('stats', '--year', year, '--json', '--pg', target())).toEqual(onFile);
    });

    it('gives the same accounts', () => {
      expect(nadzor('users', 'list', '--pg', target())).toEqual(nadzor('users', 'list', '--db', file()));
    });

    it('exports the same case file', () => {
      const fromFile = join(folder(), 'file.json');
      const fromServer = join(folder(), 'server.json');
      expect(nadzor('export', '--out', fromFile, '--db', file()).code).toBe(0);
      expect(nadzor('export', '--out', fromServer, '--pg', target()).code).toBe(0);
      expect(readFileSync(fromServer, 'utf8')).toBe(readFileSync(fromFile, 'utf8'));
    });

    it('lets the accounts sign in on the server, and keeps the retired platform and the review texts', async () => {
      const backend = await openTestBackend({ pg: target(), transport: 'http', now: clock });
      try {
        const bob = await caller(backend).ok('auth.login', { login: 'bob', password: TEST_PASSWORD });
        expect(bob.status.user).toMatchObject({ login: 'bob', role: 'supervisor' });
        const olga = await caller(backend).ok('auth.login', { login: 'olga', password: TEST_PASSWORD });
        const platforms = await caller(backend, olga.session).ok('reference.list', {
          kind: 'platform',
          includeInactive: true,
        });
        expect(platforms.find((p) => p.name === 'Threads')).toMatchObject({ active: false, labels: THREADS });
        const report = await caller(backend, olga.session).ok('reports.settings', {});
        expect(report.texts.kk.office).toBe(OFFICE);
        const wrong = await caller(backend).call('auth.login', {
          login: 'bob',
          password: 'not the password',
        });
        expect(wrong.ok).toBe(false);
      } finally {
        await backend.close();
      }
    });

    it('refuses to copy into it a second time, changing nothing', async () => {
      const before = await rowsHeld(target());
      const again = nadzor('migrate', '--from', file(), '--to', target());
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(
        /already holds data \(.*cases: \d+.*audit entries: \d+\); nothing was written/,
      );
      expect(await rowsHeld(target())).toEqual(before);
    });
  });

  describe('when a row is refused in the middle', () => {
    const target = usePgDatabase();

    it('leaves the target empty, and says why', async () => {
      // The schema first (as the command makes it), then a rule that rejects bob's account, which is
      // copied after every case, party and register person.
      const pool = new pg.Pool({ connectionString: target(), max: 1 });
      try {
        await migratePg(pool);
        await pool.query(`ALTER TABLE users ADD CONSTRAINT no_bob CHECK (login <> 'bob')`);
      } finally {
        await pool.end();
      }
      const failed = nadzor('migrate', '--from', file(), '--to', target());
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('the copy failed');
      expect(failed.stderr).toContain('no_bob');
      expect(failed.stderr).toContain('nothing was written');
      expect(Object.values(await rowsHeld(target())).every((n) => n === 0)).toBe(true);
    });
  });

  describe('a file that cannot be copied', () => {
    const target = usePgDatabase();
    const targetUntouched = () =>
      onDatabase(target(), async (client) =>
        Number(
          (
            await client.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`,
            )
          ).rows[0]!.n,
        ),
      );

    it.each([
      ['not a Nadzor file', 'notes.txt', 'not a Nadzor database'],
      ['a file of a newer Nadzor', 'newer.sqlite', 'newer version of Nadzor'],
      ['a missing file', 'missing.sqlite', 'no such file'],
    ])('is refused before the target is touched: %s', async (_what, name, why) => {
      const from = join(folder(), name);
      if (name === 'notes.txt') writeFileSync(from, 'not a database');
      if (name === 'newer.sqlite') {
        const db = new Database(from);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma('user_version = 99');
        db.close();
      }
      const refused = nadzor('migrate', '--from', from, '--to', target());
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(why);
      expect(refused.stderr).toContain('nothing was written');
      expect(await targetUntouched()).toBe(0);
    });

    it('is a usage error without a target', () => {
      expect(runCli(['migrate', '--from', file()], { NADZOR_PG: '' }).code).toBe(2);
    });
  });

  describe('a file of an older Nadzor', () => {
    const target = usePgDatabase();

    it('is brought to the current schema, then copied (here with an empty trail)', () => {
      const older = join(folder(), 'older.sqlite');
      const db = new Database(older);
      migrate(db, migrations.slice(0, 6));
      db.close();
      const migrated = nadzor('migrate', '--from', older, '--to', target());
      expect(migrated).toMatchObject({ code: 0, stderr: '' });
      expect(migrated.stdout).toContain('\ncases: 0\n');
      expect(migrated.stdout).toContain('audit trail head: none (the trail is empty)\n');
      expect(new Database(older, { readonly: true }).pragma('user_version', { simple: true })).toBe(
        migrations.length,
      );
    });
  });
});
