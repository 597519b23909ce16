import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { createDatabase } from './test-database';

/*
 * `audit verify --anchor <count>:<hash>` on the reference data's 22 entries: the normal two lines,
 * then whether the trail still holds the head printed earlier. The engines' cases (rewritten, cut
 * back) are in backend/audit-anchor.test.ts; here, what the command prints and how it exits.
 */
/** The line every verify that passes prints after the head: what the chain does not cover. */
const OUTSIDE =
  'audit: outside the chain (docs/audit.md): users.password_hash, users.failed_attempts, users.locked_until, users.last_login_at, sign_in_journal\n';

describe('audit verify --anchor', () => {
  // One folder for the whole describe (tempDbPath's is removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-anchor-'));
  const path = join(dir, 'nadzor.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let at21 = '';
  let head = '';
  beforeAll(async () => {
    await createDatabase(path);
    const db = new Database(path, { readonly: true });
    const hashOf = (seq: number) =>
      (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string }).hash;
    at21 = hashOf(21);
    head = hashOf(22);
    db.close();
  });

  it('says the head printed at entry 21 holds, after the normal lines', () => {
    const result = runCli(['audit', 'verify', '--db', path, '--anchor', `21:${at21}`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `audit: OK (22 entries)\naudit: head ${head}\n${OUTSIDE}audit: anchor 21:${at21} holds\n`,
    );
  });

  it('exits 1 naming a trail shorter than the anchor', () => {
    const result = runCli(['audit', 'verify', '--db', path, '--anchor', `23:${head}`]);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toBe(`audit: OK (22 entries)\naudit: head ${head}\n${OUTSIDE}`);
    expect(result.stderr).toBe(
      `audit: anchor 23:${head} does not hold: the trail has only 22 entries: it was cut back since\n`,
    );
  });
});
