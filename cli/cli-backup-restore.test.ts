import { closeSync, existsSync, openSync, readdirSync, writeSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedReferenceData } from '../backend/seed-reference';
import { fillDemo } from '../backend/services/demo/fill-demo';
import { openSqliteStore } from '../db/sqlite/store';
import { tempDbPath } from '../db/test-support';
import { runCli } from './run-cli';
import { createDatabase } from './test-database';

/* `nadzor backup` and `nadzor restore` on a seeded database: 22 audit entries, no cases. */

const HASH = '[0-9a-f]{64}';
const cases = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function withDemoCases(path: string) {
  const store = openSqliteStore(path);
  await seedReferenceData(store);
  await fillDemo(store, 'test');
  await store.close();
}

describe('nadzor backup', () => {
  it('writes a checked, dated backup beside the database, whose head every audit verify then checks', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const made = runCli(['backup', '--db', db]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(
      new RegExp(
        `^backup: .*/backups/nadzor-\\d{8}-\\d{6}-\\d{3}\\.sqlite: 0 cases, 0 users, 22 audit entries \\(head ${HASH}\\), \\d+ bytes; checked\\n$`,
      ),
    );
    expect(readdirSync(join(db, '..', 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);

    const verified = runCli(['audit', 'verify', '--db', db]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^audit: 1 backup anchor\(s\) in .*audit-anchors\.log hold$/m);

    // An insider cuts the trail back to 21 entries, undoing the seed's last mark: the chain alone passes.
    // Opening the database seeds the mark again as a new entry 22, which is not the one backed up.
    const raw = new Database(db);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.exec("DELETE FROM audit_log WHERE seq = 22; DELETE FROM settings WHERE key = 'seed.reference.v1'");
    raw.close();
    const cut = runCli(['audit', 'verify', '--db', db]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(
      new RegExp(
        `^audit: FAILED: anchor log .*audit-anchors\\.log line 1 \\(backup nadzor-.*\\): 22:${HASH} does not hold: entry #22 now has hash ${HASH}: the trail was rewritten since$`,
        'm',
      ),
    );
  });

  it('writes --out to the named file, but never onto the database itself', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const out = join(db, '..', 'copy.sqlite');
    const made = runCli(['backup', '--db', db, '--out', out]);
    expect(made.stdout).toMatch(/^backup: .*copy\.sqlite: 0 cases, 0 users, 22 audit entries/);
    expect(existsSync(out)).toBe(true);

    const nowhere = runCli(['backup', '--db', db, '--out', join(db, '..', 'no-such-folder', 'copy.sqlite')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(
      /cannot write the backup: no such folder .*no-such-folder; nothing was kept/,
    );

    const onto = runCli(['backup', '--db', db, '--out', db]);
    expect(onto.code).toBe(1);
    expect(onto.stderr).toMatch(/is the database this command reads .*nothing was written/);
    expect(runCli(['audit', 'verify', '--db', db]).code).toBe(0);
  });

  it("leaves an office's PostgreSQL database to its administrator's pg_dump", () => {
    const r = runCli(['backup', '--pg', 'postgresql://nobody@127.0.0.1:1/none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/backed up by its database administrator \(pg_dump\)/);
  });
});

describe('nadzor restore', () => {
  it('says what the backup holds, keeps the database as it was, and puts the backup in its place', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const backup = join(db, '..', 'before-demo.sqlite');
    expect(runCli(['backup', '--db', db, '--out', backup]).code).toBe(0);
    await withDemoCases(db);
    const demoCases = cases(db);
    expect(demoCases).toBeGreaterThan(0);

    const r = runCli(['restore', backup, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^restore: .*before-demo\\.sqlite holds 0 cases, 0 users, 22 audit entries \\(head ${HASH}\\), schema \\d+; last change .+ by system`,
      ),
    );
    expect(lines[1]).toMatch(
      /^restore: the database as it was is kept as .*\/backups\/nadzor-.*-before-restore\.sqlite$/,
    );
    expect(lines[2]).toMatch(/now holds what .*before-demo\.sqlite held$/);
    expect(cases(db)).toBe(0);
    const kept = readdirSync(join(db, '..', 'backups')).find((f) => f.endsWith('-before-restore.sqlite'))!;
    expect(cases(join(db, '..', 'backups', kept))).toBe(demoCases);
    expect(runCli(['audit', 'verify', '--db', db]).code).toBe(0);
  });

  it('refuses a damaged file in plain words and changes nothing', async () => {
    const db = tempDbPath();
    await withDemoCases(db);
    const damaged = join(db, '..', 'damaged.sqlite');
    copyFileSync(db, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4 * 4096);
    closeSync(fd);
    const before = cases(db);
    const r = runCli(['restore', damaged, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /damaged\.sqlite cannot be restored: the file is damaged .*; nothing was changed/,
    );
    expect(cases(db)).toBe(before);
    expect(existsSync(join(db, '..', 'backups'))).toBe(false);
  });
});
