import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importCases } from '../backend/services/import-cases';
import { syntheticCases } from '../bench/synthetic';
import { runCli } from '../cli/run-cli';
import { createDatabase } from '../cli/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import { builtPrograms, callApi, ended, startHost } from './processes';
import { SmallDisk } from './small-disk';

/** The line every passing verify ends with (docs/audit.md): what the chain does not cover. */
const OUTSIDE =
  'audit: outside the chain (docs/audit.md): users.password_hash, users.failed_attempts, users.locked_until, users.last_login_at, sign_in_journal';

/*
 * Defect 7 of issue 14: a full disk made every command fail (the checkpoint at close threw), the host
 * print a raw SqliteError stack at SIGTERM, and an existing database with 0 bytes free say "disk I/O
 * error". On a real 2 MB tmpfs: writes are refused in words with nothing half-written, reads go on,
 * and nothing saved before is lost; a read-only disk is said as such.
 */

const FULL = 'the disk is full: nothing was written; free space and try again';

let disk: SmallDisk | null = null;
const work = mkdtempSync(join(tmpdir(), 'nadzor-full-disk-'));
afterEach(() => {
  disk?.remove();
  disk = null;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A case file of synthetic cases number `from`…, written outside the small disk. */
function caseFile(name: string, from: number, count: number): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify({ format: CASE_FILE_FORMAT, cases: syntheticCases(from, count) }));
  return file;
}

/** A database with synthetic cases `from`… imported, made in this process (a CLI run costs a start). */
async function databaseWith(dbPath: string, from: number, count: number): Promise<void> {
  await createDatabase(dbPath);
  const store = openSqliteStore(dbPath);
  await importCases(
    store,
    'cli:test',
    { format: CASE_FILE_FORMAT, cases: syntheticCases(from, count) },
    'refuse',
  );
  await store.close();
}

function casesAndIntegrity(dbPath: string): { cases: number; integrity: string } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return {
      cases: (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n,
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

describe('a full disk', () => {
  it('refuses an import that fills it in words, with nothing of it written', async () => {
    disk = new SmallDisk();
    const db = join(disk.dir, 'nadzor.sqlite');
    await createDatabase(db);
    const before = runCli(['audit', 'verify', '--db', db]);
    expect(before.code).toBe(0);

    const refused = runCli(['import', caseFile('fills.json', 1, 600), '--db', db]);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: `nadzor: ${FULL}\n` });

    expect(casesAndIntegrity(db)).toEqual({ cases: 0, integrity: 'ok' });
    expect(runCli(['audit', 'verify', '--db', db])).toEqual(before);
  });

  it('keeps read-only commands working when committed writes wait in the WAL', async () => {
    disk = new SmallDisk();
    const db = join(disk.dir, 'nadzor.sqlite');
    // The app's last import is committed in the WAL, not yet folded back into the file, when the disk fills.
    await createDatabase(db);
    const app = openSqliteStore(db);
    const records = syntheticCases(1, 150);
    await importCases(app, 'cli:test', { format: CASE_FILE_FORMAT, cases: records }, 'refuse');
    // Read here: a command's close would fold the WAL back (the CLI checkpoints when it closes).
    const trail = await app.read((r) => r.audit.verify());
    if (!trail.ok) throw new Error(trail.problem);
    const head = {
      code: 0,
      stdout: `audit: OK (${trail.entries} entries)\naudit: head ${trail.headHash}\n${OUTSIDE}\n`,
      stderr: '',
    };
    disk.fill();
    // The app's close cannot fold the WAL back, and says nothing: the WAL stays, whole.
    await expect(app.close()).resolves.toBeUndefined();
    expect(existsSync(`${db}-wal`)).toBe(true);

    expect(runCli(['audit', 'verify', '--db', db])).toEqual(head);
    expect(runCli(['users', 'list', '--db', db])).toMatchObject({ code: 0, stderr: '' });
    const registered2024 = records.filter((r) => r.registeredOn.startsWith('2024')).length;
    const stats = runCli(['stats', '--year', '2024', '--db', db]);
    expect(stats).toMatchObject({ code: 0, stderr: '' });
    expect(stats.stdout).toContain(`registered ${registered2024} `);

    disk.free();
    expect(runCli(['audit', 'verify', '--db', db])).toEqual(head);
    expect(casesAndIntegrity(db)).toEqual({ cases: 150, integrity: 'ok' });
  });

  it('opens an existing database with 0 bytes free: reads work, a write is refused in words', async () => {
    disk = new SmallDisk();
    const db = join(disk.dir, 'nadzor.sqlite');
    await databaseWith(db, 1, 20);
    const head = runCli(['audit', 'verify', '--db', db]);
    disk.fill();

    expect(runCli(['audit', 'verify', '--db', db])).toEqual(head);
    const more = caseFile('more.json', 1000, 5);
    expect(runCli(['import', more, '--db', db])).toMatchObject({
      code: 1,
      stderr: `nadzor: ${db}: ${FULL}\n`,
    });
    // No shared-memory file was left behind to fail the next open.
    expect(existsSync(`${db}-shm`)).toBe(false);

    disk.free();
    expect(runCli(['import', more, '--db', db]).code).toBe(0);
    expect(casesAndIntegrity(db)).toEqual({ cases: 25, integrity: 'ok' });
  });

  it('is answered through the API in the caller’s language, and SIGTERM then stops the host cleanly', async () => {
    disk = new SmallDisk();
    const db = join(disk.dir, 'nadzor.sqlite');
    const host = await startHost(builtPrograms().host, db);
    const admin = { fullName: 'Olga Admin', login: 'olga', password: 'reliability-password-1' };
    const signedIn = await callApi(host, 'auth.setupAdmin', admin);
    const session = (signedIn.value as { session: string }).session;
    const newCase = (n: number) => ({
      registryNumber: `24510003100000${n}`,
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-01-11',
    });
    expect((await callApi(host, 'cases.create', newCase(1), session)).ok).toBe(true);
    disk.fill();

    expect(await callApi(host, 'cases.create', newCase(2), session, 'ru')).toEqual({
      ok: false,
      error: {
        code: 'disk_full',
        message: 'Диск заполнен: ничего не записано. Освободите место и повторите.',
      },
    });
    expect(await callApi(host, 'cases.create', newCase(3), session, 'kk')).toEqual({
      ok: false,
      error: {
        code: 'disk_full',
        message: 'Диск толып қалды: ештеңе жазылған жоқ. Орын босатып, қайталаңыз.',
      },
    });
    // Reads go on.
    const list = await callApi(host, 'cases.list', {}, session);
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });

    host.child.kill('SIGTERM');
    expect(await ended(host.child)).toEqual({ code: 0, signal: null });
    expect(host.output()).not.toMatch(/SqliteError|\n\s+at /);

    disk.free();
    expect(casesAndIntegrity(db)).toEqual({ cases: 1, integrity: 'ok' });
    expect(runCli(['audit', 'verify', '--db', db]).code).toBe(0);
  });
});

describe('a read-only disk', () => {
  it('is said as such to every command, and nothing saved on it is lost', async () => {
    disk = new SmallDisk();
    const db = join(disk.dir, 'nadzor.sqlite');
    await databaseWith(db, 1, 10);
    const head = runCli(['audit', 'verify', '--db', db]);
    disk.readOnly(true);

    const said = `nadzor: ${db}: the database is on a read-only file or disk: nothing was written; make it writable and try again\n`;
    expect(runCli(['import', caseFile('more.json', 1000, 5), '--db', db])).toMatchObject({
      code: 1,
      stderr: said,
    });
    expect(runCli(['audit', 'verify', '--db', db])).toMatchObject({ code: 1, stderr: said });

    disk.readOnly(false);
    expect(runCli(['audit', 'verify', '--db', db])).toEqual(head);
    expect(casesAndIntegrity(db)).toEqual({ cases: 10, integrity: 'ok' });
  });
});
