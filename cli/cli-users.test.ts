import Database from 'better-sqlite3';
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin } from '../backend/test-api';
import { openSqliteStore } from '../db/sqlite/store';
import { tempDbPath } from '../db/test-support';
import { runCli } from './run-cli';

async function databaseWithAnAdmin() {
  const path = tempDbPath();
  const backend = await openTestBackend({ dbPath: path, transport: 'http' });
  await setUpAdmin(backend, 'olga');
  await backend.close();
  return path;
}

describe('nadzor users', () => {
  it('lists the accounts', async () => {
    const path = await databaseWithAnAdmin();
    const listed = runCli(['users', 'list', '--db', path]);
    expect(listed).toMatchObject({ code: 0, stdout: 'olga\tadmin\tactive\tOlga Admin\n' });
  });

  it('gives a forgotten administrator a temporary password, audited as the operating-system user', async () => {
    const path = await databaseWithAnAdmin();
    const reset = runCli(['users', 'reset-password', 'OLGA', '--db', path], {}, 'temporary-pass-9\n');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('must be changed at the next sign-in');

    const backend = await openTestBackend({ dbPath: path, transport: 'http' });
    const signIn = await caller(backend).ok('auth.login', { login: 'olga', password: 'temporary-pass-9' });
    expect(signIn.status.user.mustChangePassword).toBe(true);
    await backend.close();
    const store = openSqliteStore(path);
    const trail = await store.read((r) => r.audit.forEntity('user', '1'));
    expect(trail.at(-1)).toMatchObject({ action: 'user.resetPassword', actor: `cli:${userInfo().username}` });
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    await store.close();
  });

  it('refuses a short password and an unknown login, changing nothing', async () => {
    const path = await databaseWithAnAdmin();
    const before = runCli(['audit', 'verify', '--db', path]).stdout;
    expect(before).toMatch(
      /^audit: OK \(\d+ entries\)\naudit: head [0-9a-f]{64}\naudit: outside the chain \(docs\/audit\.md\): users\.password_hash, users\.failed_attempts, users\.locked_until, users\.last_login_at, sign_in_journal\n$/,
    );
    expect(runCli(['users', 'reset-password', 'olga', '--db', path], {}, 'short\n')).toMatchObject({
      code: 1,
      stderr: 'nadzor: password: at least 10 characters\n',
    });
    expect(
      runCli(['users', 'reset-password', 'nobody', '--db', path], {}, 'long enough pass\n'),
    ).toMatchObject({
      code: 1,
      stderr: 'nadzor: no account with the login "nobody"\n',
    });
    expect(runCli(['audit', 'verify', '--db', path]).stdout).toBe(before);
  });
});

describe('what audit verify does not vouch for (docs/audit.md, "Outside the chain")', () => {
  it('names the password hashes and the lockout counters as outside the chain, even when they were changed by hand', async () => {
    const path = tempDbPath();
    const backend = await openTestBackend({ dbPath: path, transport: 'http' });
    const admin = caller(backend, await setUpAdmin(backend, 'admin'));
    await admin.ok('users.create', {
      fullName: 'Dana',
      login: 'dana',
      password: 'dana-knows-this-1',
      role: 'reporter',
    });
    await backend.close();
    // The insider copies Dana's hash onto admin (and signs in as admin with Dana's password), and
    // clears a lock by hand: neither is a change the trail records.
    const db = new Database(path);
    db.exec(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE login = 'dana')
      WHERE login = 'admin'`);
    db.exec(`UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = NULL`);
    db.close();

    const verify = runCli(['audit', 'verify', '--db', path]);
    expect(verify.code).toBe(0);
    expect(verify.stdout.split('\n')[2]).toBe(
      'audit: outside the chain (docs/audit.md): users.password_hash, users.failed_attempts, ' +
        'users.locked_until, users.last_login_at, sign_in_journal',
    );
  });
});
