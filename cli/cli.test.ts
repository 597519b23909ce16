import Database from 'better-sqlite3';
import { openSignedIn } from '../backend/test-api';
import { runCli } from './run-cli';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../db/migrate';
import { tempDbPath } from '../db/test-support';

const nadzor = runCli;

async function databaseWithACase() {
  const path = tempDbPath();
  const backend = await openSignedIn({ dbPath: path, transport: 'http' });
  await backend.dispatch(
    'cases.create',
    { registryNumber: '245100031000123', article: '194', district: 'Almaty', registeredOn: '2024-02-11' },
    undefined,
  );
  await backend.close();
  return path;
}

describe('nadzor CLI', () => {
  it('audit verify: OK with the entry count on an intact database (via --db or NADZOR_DB)', async () => {
    const path = await databaseWithACase();
    const viaFlag = nadzor(['audit', 'verify', '--db', path]);
    expect(viaFlag).toMatchObject({ code: 0, stderr: '' });
    expect(viaFlag.stdout).toMatch(
      /^audit: OK \(\d+ entries\)\naudit: head [0-9a-f]{64}\naudit: outside the chain \(docs\/audit\.md\): users\.password_hash, users\.failed_attempts, users\.locked_until, users\.last_login_at, sign_in_journal\n$/,
    );
    expect(nadzor(['audit', 'verify'], { NADZOR_DB: path }).stdout).toBe(viaFlag.stdout);
  });

  it('audit verify: exit 1 naming the case edited with the sqlite3 shell', async () => {
    const path = await databaseWithACase();
    const db = new Database(path);
    db.exec("UPDATE cases SET registered_on = '2023-01-01'");
    db.close();
    const result = nadzor(['audit', 'verify', '--db', path]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'audit: FAILED: case 1 differs from its last audited state: it was changed outside Nadzor',
    ]);
  });

  it('usage errors exit 2 with one line and no stack trace', () => {
    const malformedAnchor = ['audit', 'verify', '--db', 'x.sqlite', '--anchor', '21:not-a-hash'];
    for (const args of [['bogus'], ['audit', 'verify', '--nope'], ['audit', 'verify'], malformedAnchor]) {
      const result = nadzor(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('no command, or a command without its subcommand, shows that usage on stderr and exits 2', () => {
    const bare = nadzor([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: nadzor \[options\] \[command\]\n/);
    expect(bare.stderr).toMatch(/^ {2}import \[options\] <file>/m);
    expect(bare.stderr).not.toContain('outputHelp');
    const audit = nadzor(['audit']);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toMatch(/^Usage: nadzor audit \[options\] \[command\]\n/);
    expect(audit.stderr).toMatch(/^ {2}verify /m);
  });

  it('refuses a database from a newer Nadzor in one line', () => {
    const path = tempDbPath();
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.close();
    const result = nadzor(['audit', 'verify', '--db', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/newer version of Nadzor \(schema 999/);
  });
});
