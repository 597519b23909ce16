import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateDemoFile } from '../backend/services/demo/demo-file';
import { pdfText } from '../backend/services/report/testing/pdf-text';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { tempDbPath } from '../db/test-support';
import { runCli } from './run-cli';

const nadzor = (...args: string[]) => runCli(args);

/**
 * The two databases are filled by two imports at two moments: their trails hold the same entries but
 * not the same times, so not the same head hash (a migrated copy has the same: cli-migrate.test.ts).
 */
const withoutHead = (result: ReturnType<typeof runCli>) => ({
  ...result,
  stdout: result.stdout.replace(/^audit: head [0-9a-f]{64}\n/m, ''),
});

/* The command line on an office's PostgreSQL database (--pg or NADZOR_PG): the same output as on a file. */
describe('CLI on PostgreSQL', () => {
  const database = usePgDatabase();
  let file: string;
  let cases: string;
  const imported: Record<'file' | 'pg', ReturnType<typeof runCli> | undefined> = {
    file: undefined,
    pg: undefined,
  };
  // The demo's cases of 2024 (the year of the Astana review), imported by the CLI into a file and into
  // PostgreSQL.
  beforeAll(() => {
    file = tempDbPath();
    cases = join(dirname(file), 'cases.json');
    const demo = generateDemoFile();
    writeFileSync(
      cases,
      JSON.stringify({
        format: demo.format,
        cases: demo.cases.filter((c) => c.registeredOn.startsWith('2024')),
      }),
    );
    imported.file = nadzor('import', cases, '--db', file);
    expect(imported.file).toMatchObject({ code: 0, stderr: '' });
  });
  beforeAll(() => {
    imported.pg = nadzor('import', cases, '--pg', database());
    expect(imported.pg).toMatchObject({ code: 0, stderr: '' });
  });

  it('nadzor import prints the same summary as on a file', () => {
    expect(imported.pg!.stdout).toMatch(/\d/);
    expect(imported.pg).toEqual(imported.file);
  });

  it('nadzor report writes the same review as from a file', () => {
    const written = (where: '--db' | '--pg', target: string) => {
      const out = join(dirname(file), `review-${where.slice(2)}.pdf`);
      const args = ['report', '--year', '2024', '--out', out, where, target];
      expect(nadzor(...args)).toMatchObject({ code: 0, stderr: '' });
      return pdfText(readFileSync(out), 'drawn');
    };
    // As with `audit verify` (withoutHead): the moment of the last entry and the trail's hashes differ.
    const withoutMoment = (text: string) =>
      text.replace(/\d{2}:\d{2}:\d{2} UTC/g, '<time>').replace(/[0-9a-f]{64}/g, '<hash>');
    const onFile = withoutMoment(written('--db', file));
    expect(onFile.match(/<hash>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(withoutMoment(written('--pg', database()))).toBe(onFile);
  });

  it.each(
    [
      ['stats', '--year', '2024', '--json'],
      ['stats', '--year', '2024', '--district', 'Almaty'],
      ['audit', 'verify'],
      ['users', 'list'],
    ].map((args) => [args.join(' '), args] as const),
  )('nadzor %s prints the same as on a file', (_command, args) => {
    const onFile = nadzor(...args, '--db', file);
    expect(onFile.code).toBe(0);
    expect(withoutHead(nadzor(...args, '--pg', database()))).toEqual(withoutHead(onFile));
  });

  it('takes the database from NADZOR_PG', () => {
    expect(runCli(['audit', 'verify'], { NADZOR_PG: database() })).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^audit: OK \(\d+ entries\)\naudit: head [0-9a-f]{64}\naudit: outside the chain \(docs\/audit\.md\): users\.password_hash, users\.failed_attempts, users\.locked_until, users\.last_login_at, sign_in_journal\n$/,
      ) as unknown,
    });
  });

  it('refuses two databases at once, and never prints a password', () => {
    expect(nadzor('audit', 'verify', '--db', file, '--pg', database())).toMatchObject({ code: 2 });
    const refused = nadzor('audit', 'verify', '--pg', 'postgresql://nadzor:s3cret-pw@127.0.0.1:1/office');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot open the database');
    expect(refused.stderr).not.toContain('s3cret-pw');
  });
});
