import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../run-cli';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../../db/test-support';
import { createDatabase } from '../test-database';

const nadzor = (...args: string[]) => runCli(args);

describe('nadzor report', () => {
  it('writes the review PDF, says how many pages, and exits', () => {
    const db = tempDbPath();
    expect(nadzor('demo', '--db', db).code).toBe(0);
    const out = join(dirname(db), 'review.pdf');
    const result = nadzor('report', '--year', '2024', '--lang', 'kk', '--out', out, '--db', db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^wrote ${out} \\(\\d+ pages\\)\\n$`));
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dirname(db)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('refuses a bad year or language as a usage error (exit 2)', () => {
    const db = tempDbPath();
    const out = join(dirname(db), 'review.pdf');
    for (const args of [
      ['--year', '24'],
      ['--year', 'next'],
      ['--year', '2024', '--lang', 'de'],
    ]) {
      const result = nadzor('report', ...args, '--out', out, '--db', db);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('refuses an unknown district as a user error (exit 1), naming the known ones, and writes nothing', async () => {
    const db = tempDbPath();
    await createDatabase(db);
    const out = join(dirname(db), 'review.pdf');
    const unknown = nadzor('report', '--year', '2024', '--district', 'Atlantis', '--out', out, '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^nadzor: .*Atlantis.*Almaty/);
    expect(existsSync(out)).toBe(false);
  });
});
