import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { runCli } from './run-cli';
import { createDatabase } from './test-database';

const nadzor = (...args: string[]) => runCli(args);

describe('CLI outputs never destroy the database, never half-write, and read-only commands create nothing', () => {
  it('refuses to write an export or a review onto the open database, by any name, and leaves it whole', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const before = readFileSync(db);
    const dir = dirname(db);
    // Every other name of the same file is refused too (output-file.test.ts); here, as a user types it.
    const exported = nadzor('export', '--out', join(dir, '.', basename(db)), '--db', db);
    expect(exported.code).toBe(1);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toContain('is the database this command reads');
    expect(exported.stderr).toContain('nothing was written');
    const report = nadzor('report', '--year', '2024', '--out', `${db}-wal`, '--db', db);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('is the database this command reads');

    expect(readFileSync(db).equals(before)).toBe(true);
    expect(nadzor('audit', 'verify', '--db', db).stdout).toMatch(/^audit: OK \(\d+ entries\)/);
    expect(nadzor('users', 'list', '--db', db).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('read-only commands refuse a database file that does not exist, and do not create it', () => {
    const missing = join(dirname(tempDbPath()), 'typo.sqlite');
    const out = join(dirname(missing), 'out.json');
    for (const args of [
      ['audit', 'verify'],
      ['users', 'list'],
      ['stats', '--year', '2024'],
      ['export', '--out', out],
      ['report', '--year', '2024', '--out', join(dirname(missing), 'out.pdf')],
    ]) {
      const result = nadzor(...args, '--db', missing);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`${missing}: no such database file; nothing was created`);
    }
    expect(readdirSync(dirname(missing))).toEqual([]);
  });
});
