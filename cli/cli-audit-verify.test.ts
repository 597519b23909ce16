import Database from 'better-sqlite3';
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../backend/seed-reference';
import { fillDemo } from '../backend/services/demo/fill-demo';
import { runCli } from './run-cli';
import { translate } from '../shared/i18n';
import { verifyAuditTrail } from '../db/audit/verify';
import { DatabaseOpenError } from '../db/open-errors';
import { openSqliteStore } from '../db/sqlite/store';

/*
 * A database file with a damaged page, as a failing disk or a careless copy leaves it: garbage written
 * over one whole page in the middle of a real file. SQLite reads it without complaint until a query
 * touches that page; Nadzor must refuse it at once, in words, and `audit verify` must not say OK.
 */

const PAGE = 4096;

function damagedCopy(intact: string, copy: string): string {
  copyFileSync(intact, copy);
  const pages = Math.floor(statSync(copy).size / PAGE);
  const fd = openSync(copy, 'r+');
  writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, Math.floor(pages / 2) * PAGE);
  closeSync(fd);
  return copy;
}

describe('a database file with a damaged page', () => {
  // One folder for the whole describe (tempDbPath's is removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-damaged-'));
  const intact = join(dir, 'intact.sqlite');
  let damaged = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const store = openSqliteStore(intact);
    await seedReferenceData(store);
    await fillDemo(store, 'test');
    await store.close();
    damaged = damagedCopy(intact, join(dir, 'damaged.sqlite'));
  });

  it('is refused when opened, with the damage worded in each language', () => {
    let caught: unknown;
    try {
      void openSqliteStore(damaged, { checkPages: true }).close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    const error = caught as DatabaseOpenError;
    expect(error).toMatchObject({ code: 'db_damaged', key: 'errors.dbDamaged' });
    expect(error.message).toMatch(/^the database file is damaged \(integrity check: .+\)/);
    expect(translate('en', error.key, error.params)).toMatch(
      /^The database file is damaged \(integrity check: .+\)/,
    );
    expect(translate('ru', error.key, error.params)).toMatch(
      /^Файл базы данных повреждён \(проверка целостности: .+\)/,
    );
    expect(translate('kk', error.key, error.params)).toMatch(
      /^Дерекқор файлы зақымдалған \(тұтастықты тексеру: .+\)/,
    );
  });

  it('fails audit verify, which runs the integrity check before the chain', () => {
    const db = new Database(damaged, { readonly: true });
    try {
      const report = verifyAuditTrail(db);
      expect(report).toMatchObject({ ok: false, kind: 'damaged', entries: 0 });
      expect(report.ok ? '' : report.problem).toMatch(
        /^the database file is damaged: integrity check failed: /,
      );
    } finally {
      db.close();
    }
  });

  it('makes `nadzor audit verify` exit 1 naming the integrity failure, while the intact file passes', () => {
    const good = runCli(['audit', 'verify', '--db', intact]);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^audit: OK \(\d+ entries\)$/m);

    const bad = runCli(['audit', 'verify', '--db', damaged]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).not.toMatch(/audit: OK/);
    expect(bad.stderr).toMatch(/the database file is damaged: integrity check failed: /);
  });
});

describe('`nadzor audit verify` on a copy changed behind Nadzor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-tampered-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 naming the table, row and column when one UPDATE moves a 2024 victim to 2023', async () => {
    const path = join(dir, 'tampered.sqlite');
    const store = openSqliteStore(path);
    await seedReferenceData(store);
    await fillDemo(store, 'test');
    await store.close();
    const db = new Database(path);
    const victim = db
      .prepare("SELECT min(id) AS id FROM victims WHERE case_registered_on LIKE '2024%'")
      .get() as { id: number };
    db.prepare("UPDATE victims SET case_registered_on = '2023-06-01' WHERE id = ?").run(victim.id);
    db.close();

    const r = runCli(['audit', 'verify', '--db', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/audit: OK/);
    expect(r.stderr).toContain(
      `audit: FAILED: victims row ${victim.id} column case_registered_on disagrees with the audited data`,
    );
  });
});
