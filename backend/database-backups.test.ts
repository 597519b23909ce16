import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin } from './test-api';
import { INVESTIGATION_DAYS_KEY } from './services/deadlines';
import { verifyAuditTrail } from '../db/audit/verify';
import { rewriteTrailFrom, tempDbPath } from '../db/test-support';
import { readAnchorLog } from '../db/sqlite/backup/anchor-log';
import { checkAnchorLog } from '../db/sqlite/backup/anchor-log-check';
import { listBackups } from '../db/sqlite/backup/backup-folder';
import { UnusableDatabaseError } from '../db/sqlite/backup/database-contents';
import { makeBackup } from '../db/sqlite/backup/make-backup';
import { startupRestoreFor } from './services/backups/startup-restore';
import { DatabaseOpenError } from '../db/open-errors';
import { openSqliteStore } from '../db/sqlite/store';
import { restoreDatabase } from '../db/sqlite/backup/restore-database';
import { auditReader } from '../db/sqlite/audit';

/*
 * Backups and restores of a real database file: an administrator `olga` (hand-made in each test) and
 * the reference data's seed, whose trail is 22 entries; setting up olga and one setting add 2 more.
 */

const raw = <T>(path: string, sql: string): T[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};
const daysIn = (path: string) =>
  raw<{ value: string }>(path, `SELECT value FROM settings WHERE key = '${INVESTIGATION_DAYS_KEY}'`)[0]
    ?.value;

/** A database with olga and an investigation term of 45 days: 24 audit entries. */
async function officeDatabase(days = 45) {
  const dbPath = tempDbPath();
  const folder = join(dbPath, '..', 'backups');
  const backend = await openTestBackend({ dbPath, transport: 'http' });
  const admin = caller(backend, await setUpAdmin(backend));
  await admin.ok('settings.setInvestigationDays', { days });
  return { dbPath, folder, backend, admin };
}

function garbageOverPage(path: string, page: number) {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, page * 4096);
  closeSync(fd);
}

describe('a backup', () => {
  it('holds the accounts, the settings and the whole trail, checked, in one file, and logs its head', async () => {
    const { dbPath, folder, backend } = await officeDatabase();
    // What a backup killed mid-copy left behind (process 2^22 + 1 cannot exist on Linux) goes.
    mkdirSync(folder);
    writeFileSync(join(folder, 'nadzor-20261204-080000-000.sqlite.4194305.part'), 'half a copy');
    const made = await makeBackup(dbPath, folder, { now: () => new Date('2026-12-05T08:00:00.000Z') });
    await backend.close();
    expect(made.file).toBe('nadzor-20261205-080000-000.sqlite');
    expect(made).toMatchObject({ entries: 24, cases: 0, users: 1 });
    expect(raw<{ login: string }>(made.path, 'SELECT login FROM users')).toEqual([{ login: 'olga' }]);
    expect(daysIn(made.path)).toBe('45');
    const trail = raw<{ hash: string }>(dbPath, 'SELECT hash FROM audit_log ORDER BY seq');
    expect(raw<{ hash: string }>(made.path, 'SELECT hash FROM audit_log ORDER BY seq')).toEqual(trail);
    expect(made.headHash).toBe(trail[23]!.hash);
    expect(raw(made.path, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
    expect(readdirSync(folder).sort()).toEqual(['audit-anchors.log', 'nadzor-20261205-080000-000.sqlite']);
    expect(readAnchorLog(folder)).toEqual([
      {
        number: 1,
        line: {
          event: 'backup',
          at: '2026-12-05T08:00:00.000Z',
          count: 24,
          hash: trail[23]!.hash,
          file: made.file,
          cases: 0,
          bytes: statSync(made.path).size,
        },
      },
    ]);
    expect(listBackups(folder)).toEqual([
      {
        file: made.file,
        at: '2026-12-05T08:00:00.000Z',
        kind: 'backup',
        bytes: statSync(made.path).size,
        entries: 24,
        headHash: trail[23]!.hash,
        cases: 0,
      },
    ]);
  });
});

describe("the backups' anchor log", () => {
  /** A database backed up once at 24 entries, then closed, and a way to check it as `audit verify` does. */
  async function backedUp() {
    const { dbPath, folder, backend } = await officeDatabase();
    await makeBackup(dbPath, folder);
    await backend.close();
    const db = new Database(dbPath);
    const check = () => {
      const report = verifyAuditTrail(db);
      if (!report.ok) throw new Error(report.problem);
      return checkAnchorLog(folder, auditReader(db), report.entries);
    };
    return { db, folder, check };
  }

  it('holds for the intact trail, and for one that only grew since', async () => {
    const { db, folder, check } = await backedUp();
    expect(await check()).toEqual({ log: join(folder, 'audit-anchors.log'), checked: 1 });
    db.close();
  });

  it('catches a trail rewritten from entry 10 on with every later hash recomputed, naming line 1', async () => {
    const { db, check } = await backedUp();
    await rewriteTrailFrom(db, 10);
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, entries: 24 });
    const checked = await check();
    expect(checked.problem).toMatch(
      /line 1 \(backup nadzor-\d{8}-\d{6}-\d{3}\.sqlite at .+\): 24:[0-9a-f]{64} does not hold: entry #24 now has hash [0-9a-f]{64}: the trail was rewritten since$/,
    );
    expect(checked).toMatchObject({ lineNumber: 1 });
    db.close();
  });

  it('catches a tail cut back to 22 entries with its effects undone', async () => {
    const { db, check } = await backedUp();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.exec('DELETE FROM audit_log WHERE seq > 22');
    db.exec(`DELETE FROM settings WHERE key = '${INVESTIGATION_DAYS_KEY}'`);
    db.exec('DELETE FROM users');
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, entries: 22 });
    expect((await check()).problem).toMatch(
      /line 1 .*: the trail has only 22 entries: it was cut back since$/,
    );
    db.close();
  });

  it('is nothing to check when no backup was ever made', async () => {
    const { dbPath, backend } = await officeDatabase();
    await backend.close();
    const db = new Database(dbPath);
    expect(await checkAnchorLog(join(dbPath, '..', 'nowhere'), auditReader(db), 24)).toEqual({
      log: null,
      checked: 0,
    });
    db.close();
  });
});

describe('a restore', () => {
  it('puts a backup back, keeping the database as it was, and the anchors of the restored trail hold', async () => {
    const { dbPath, folder, backend, admin } = await officeDatabase(45);
    const backup = await makeBackup(dbPath, folder);
    await admin.ok('settings.setInvestigationDays', { days: 90 });
    const done = await restoreDatabase({
      dbPath,
      candidate: backup.path,
      folder,
      closeCurrent: () => backend.close(),
    });
    expect(done.restored).toMatchObject({ file: backup.file, entries: 24, users: 1, cases: 0 });
    expect(done.restored.lastChange).toMatchObject({ actor: 'user:olga', name: 'Olga Admin' });
    expect(daysIn(dbPath)).toBe('45');
    expect(done.keptAs).toMatch(/^nadzor-\d{8}-\d{6}-\d{3}-before-restore\.sqlite$/);
    expect(daysIn(join(folder, done.keptAs))).toBe('90');
    expect(raw(join(folder, done.keptAs), 'SELECT count(*) AS n FROM audit_log')).toEqual([{ n: 25 }]);
    // Lines: the backup (24), the copy kept before the restore (25), the restore (24 again).
    expect(readAnchorLog(folder)?.map((l) => ('line' in l ? [l.line.event, l.line.count] : l))).toEqual([
      ['backup', 24],
      ['backup', 25],
      ['restore', 24],
    ]);
    const db = new Database(dbPath);
    expect(await checkAnchorLog(folder, auditReader(db), 24)).toMatchObject({ checked: 1 });
    db.close();
  });

  it('marks the restore in the folder the restored file names too, so its later backups do not count against it', async () => {
    const { dbPath, folder, backend, admin } = await officeDatabase(45);
    const second = join(dbPath, '..', 'second-disk');
    await admin.ok('backups.saveSettings', { folder: second, keepDaily: 14, keepMonthly: 12 });
    const early = await makeBackup(dbPath, second);
    await admin.ok('settings.setInvestigationDays', { days: 90 });
    await makeBackup(dbPath, second);
    await admin.ok('backups.saveSettings', { folder: null, keepDaily: 14, keepMonthly: 12 });
    await restoreDatabase({ dbPath, candidate: early.path, folder, closeCurrent: () => backend.close() });
    // The file put back names the second disk; its log now ends with the restore. Entries: 24, then
    // the folder and the two rotation counts saved (27), the term changed (28).
    expect(readAnchorLog(second)?.map((l) => ('line' in l ? [l.line.event, l.line.count] : l))).toEqual([
      ['backup', 27],
      ['backup', 28],
      ['restore', 27],
    ]);
    const db = new Database(dbPath);
    expect(await checkAnchorLog(second, auditReader(db), 27)).toEqual({
      log: join(second, 'audit-anchors.log'),
      checked: 1,
    });
    db.close();
  });

  async function refused(prepare: (copy: string) => void): Promise<UnusableDatabaseError> {
    const { dbPath, folder, backend } = await officeDatabase();
    const backup = await makeBackup(dbPath, folder);
    const candidate = join(folder, 'candidate.sqlite');
    copyFileSync(backup.path, candidate);
    prepare(candidate);
    const before = readFileSync(dbPath);
    let closed = false;
    const error = await restoreDatabase({
      dbPath,
      candidate,
      folder,
      closeCurrent: () => ((closed = true), backend.close()),
    }).catch((e: unknown) => e);
    expect(closed).toBe(false);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['audit-anchors.log', 'candidate.sqlite', backup.file]);
    await backend.close();
    expect(error).toBeInstanceOf(UnusableDatabaseError);
    return error as UnusableDatabaseError;
  }

  it('refuses a damaged file and changes nothing', async () => {
    const error = await refused((copy) => garbageOverPage(copy, 3));
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/^the file is damaged/);
  });

  it('refuses a file of a newer schema and changes nothing', async () => {
    const error = await refused((copy) => {
      const db = new Database(copy);
      db.pragma('user_version = 99');
      db.close();
    });
    expect(error.reason).toBe('tooNew');
    expect(error.params).toMatchObject({ found: 99 });
  });

  it('refuses a file that is not a Nadzor database and changes nothing', async () => {
    const error = await refused((copy) => {
      const db = new Database(copy);
      db.pragma('application_id = 7');
      db.close();
    });
    expect(error.reason).toBe('notNadzor');
  });
});

describe('a damaged database at startup', () => {
  it('is refused unwritten, and the latest good backup (a damaged newer one passed over) is put back', async () => {
    const { dbPath, folder, backend } = await officeDatabase(45);
    const good = await makeBackup(dbPath, folder, { now: () => new Date('2026-12-04T08:00:00.000Z') });
    const newer = await makeBackup(dbPath, folder, { now: () => new Date('2026-12-05T08:00:00.000Z') });
    await backend.close();
    garbageOverPage(newer.path, 3);
    garbageOverPage(dbPath, 3);
    const damaged = readFileSync(dbPath);

    expect(() => openSqliteStore(dbPath, { checkPages: true })).toThrow(DatabaseOpenError);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);

    const offered = startupRestoreFor(dbPath);
    expect(offered?.backup.file).toBe(good.file);
    expect(offered?.holds).toMatchObject({ cases: 0, users: 1, entries: 24 });

    const done = await offered!.restore();
    expect(readFileSync(join(folder, done.keptAs)).equals(damaged)).toBe(true);
    const store = openSqliteStore(dbPath, { checkPages: true });
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true, entries: 24 });
    await store.close();
    expect(daysIn(dbPath)).toBe('45');
  });
});
