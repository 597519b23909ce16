import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { rewriteTrailFrom } from '../../db/test-support';
import { caller, openTestApi, openTestBackend, setUpAdmin, TEST_PASSWORD } from '../test-api';

/*
 * Settings → Backups through the API, as the administrator `olga` (openTestApi): a trail of 23 entries
 * (the seed's 22 and olga's account), no cases.
 */

describe('backups through the API', () => {
  it('lists none, backs up now, then lists the new backup with its figures', async () => {
    const api = await openTestApi();
    const empty = await api.ok('backups.overview', {});
    expect(empty).toEqual({
      settings: {
        folder: null,
        effectiveFolder: join(api.path, '..', 'backups'),
        keepDaily: 14,
        keepMonthly: 12,
      },
      backups: [],
      lastFailure: null,
    });
    const made = await api.ok('backups.create', {});
    expect(made).toMatchObject({ kind: 'backup', entries: 23, cases: 0 });
    expect(made.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await api.ok('backups.overview', {})).backups).toEqual([made]);
    await api.backend.close();
  });

  it('restores a backup: the change made since is gone, the copy kept before it is listed, everyone signs in again', async () => {
    const api = await openTestApi();
    await api.ok('settings.setInvestigationDays', { days: 45 });
    const backup = await api.ok('backups.create', {});
    await api.ok('settings.setInvestigationDays', { days: 90 });

    const described = await api.ok('backups.describe', { file: backup.file });
    expect(described).toMatchObject({ file: backup.file, cases: 0, users: 1, entries: 24 });
    expect(described.lastChange).toMatchObject({ actor: 'user:olga', name: 'Olga Admin' });

    const done = await api.ok('backups.restore', { file: backup.file });
    expect(done.keptAs).toMatch(/-before-restore\.sqlite$/);
    expect(await api.call('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });

    const again = await caller(api.backend).ok('auth.login', { login: 'olga', password: TEST_PASSWORD });
    const olga = caller(api.backend, again.session);
    expect((await olga.ok('settings.get', {})).investigationDays).toBe(45);
    const listed = (await olga.ok('backups.overview', {})).backups.map((b) => [b.file, b.kind]);
    expect(listed).toEqual([
      [done.keptAs, 'before-restore'],
      [backup.file, 'backup'],
    ]);
    expect(await olga.ok('audit.verify', {})).toMatchObject({ ok: true, entries: 24 });
    await api.backend.close();
  });

  it('refuses a backup name that is not one, and one that is not in the folder', async () => {
    const api = await openTestApi();
    const traversal = await api.call('backups.restore', { file: '../nadzor.sqlite' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await api.call('backups.describe', { file: 'nadzor-20260101-000000-000.sqlite' });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'not_found',
        message: 'There is no backup nadzor-20260101-000000-000.sqlite in the backup folder.',
      },
    });
    await api.backend.close();
  });

  it('saves the folder and the rotation, and refuses a folder given without its full path', async () => {
    const api = await openTestApi();
    const folder = join(api.path, '..', 'second-disk');
    const saved = await api.ok('backups.saveSettings', { folder, keepDaily: 3, keepMonthly: 2 });
    expect(saved.settings).toEqual({ folder, effectiveFolder: folder, keepDaily: 3, keepMonthly: 2 });
    await api.ok('backups.create', {});
    expect(readdirSync(folder).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(existsSync(join(api.path, '..', 'backups'))).toBe(false);
    const relative = await api.call('backups.saveSettings', {
      folder: 'backups2',
      keepDaily: 3,
      keepMonthly: 2,
    });
    expect(relative).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'folder', message: 'Give the full path of the folder' }],
      },
    });
    await api.backend.close();
  });
});

describe("the Audit screen's verify", () => {
  it("fails naming the anchor log's line once the trail is rewritten after a backup", async () => {
    const api = await openTestApi();
    const backup = await api.ok('backups.create', {});
    expect(await api.ok('audit.verify', {})).toMatchObject({ ok: true, entries: 23 });
    const db = new Database(api.path);
    await rewriteTrailFrom(db, 10);
    db.close();
    const report = await api.ok('audit.verify', {});
    expect(report).toMatchObject({
      ok: false,
      kind: 'anchorLog',
      entries: 23,
      anchorLog: { line: 1, file: backup.file, entry: 23 },
    });
    await api.backend.close();
  });
});

describe('automatic backups', () => {
  it('back up at the day’s first start and at exit, and not again at a second start that day', async () => {
    const api = await openTestApi();
    await api.backend.close();
    const folder = join(api.path, '..', 'backups');
    const now = () => new Date('2026-12-05T09:00:00.000Z');
    const first = await openTestBackend({ dbPath: api.path, transport: 'http', autoBackups: true, now });
    await first.close();
    // The start's backup, then the exit's one millisecond later (the clock stands still here).
    expect(readdirSync(folder).filter((f) => f.endsWith('.sqlite'))).toEqual([
      'nadzor-20261205-090000-000.sqlite',
      'nadzor-20261205-090000-001.sqlite',
    ]);
    const second = await openTestBackend({ dbPath: api.path, transport: 'http', autoBackups: true, now });
    await second.close();
    expect(readdirSync(folder).filter((f) => f.endsWith('.sqlite'))).toHaveLength(3);
  });
});

describe('a failing automatic backup', () => {
  it('never holds up the start: the app works, and Settings says what failed', async () => {
    const api = await openTestApi();
    await api.backend.close();
    // A file where the chosen folder should be (as an unplugged second disk's mount point might be).
    const notAFolder = join(api.path, '..', 'not-a-folder');
    writeFileSync(notAFolder, 'a file, not a folder');
    const db = new Database(api.path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('backup.folder', ?)").run(notAFolder);
    db.close();
    const logged: unknown[] = [];
    const errors = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const backend = await openTestBackend({ dbPath: api.path, transport: 'http', autoBackups: true });
      const olga = caller(
        backend,
        (await caller(backend).ok('auth.login', { login: 'olga', password: TEST_PASSWORD })).session,
      );
      const overview = await olga.ok('backups.overview', {});
      expect(overview.backups).toEqual([]);
      expect(overview.lastFailure?.message).toBe(
        `The backup could not be written into ${notAFolder} (EEXIST).`,
      );
      await backend.close();
    } finally {
      console.error = errors;
    }
    expect(logged).toEqual([
      `[nadzor] the automatic backup at start failed: The backup could not be written into ${notAFolder} (EEXIST).`,
      `[nadzor] the automatic backup at exit failed: The backup could not be written into ${notAFolder} (EEXIST).`,
    ]);
  });
});

describe("an office's PostgreSQL database", () => {
  const database = usePgDatabase();

  it("is not backed up here: every backups method says it is its administrator's pg_dump job", async () => {
    const backend = await openTestBackend({ pg: database(), transport: 'http', autoBackups: true });
    const admin = caller(backend, await setUpAdmin(backend));
    for (const [method, input] of [
      ['backups.overview', {}],
      ['backups.create', {}],
      ['backups.describe', { file: 'nadzor-20261205-080000-000.sqlite' }],
      ['backups.restore', { file: 'nadzor-20261205-080000-000.sqlite' }],
      ['backups.saveSettings', { folder: null, keepDaily: 14, keepMonthly: 12 }],
    ] as const)
      expect(await admin.call(method, input), method).toEqual({
        ok: false,
        error: {
          code: 'not_available',
          message:
            'Backups here are of a database file. The office database (PostgreSQL) is backed up by its database administrator with pg_dump.',
          key: 'backups.error.office',
        },
      });
    await backend.close();
  });
});
