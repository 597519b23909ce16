import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { caller, openTestApi, signedInAs, TEST_PASSWORD } from '../test-api';

const NOW = '2026-03-02T09:00:00Z';
const TEMPORARY = 'temporary-pass-1';

/** The trail's account entries, read from the file as an auditor's tool would. */
function userTrail(path: string): { action: string; entityId: string; after: string | null }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT action, entity_id AS entityId, after_json AS after FROM audit_log WHERE entity_type = 'user' ORDER BY seq",
      )
      .all() as { action: string; entityId: string; after: string | null }[];
  } finally {
    db.close();
  }
}

/** Signs in an account the admin just created, replacing its first password as the app requires. */
async function signIn(backend: Backend, login: string) {
  const { session } = await caller(backend).ok('auth.login', { login, password: TEMPORARY });
  const as = caller(backend, session);
  await as.ok('auth.changePassword', { current: TEMPORARY, next: TEST_PASSWORD });
  return as;
}

/** Local time as the lockout message gives it. */
const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

async function setup() {
  const api = await openTestApi(NOW);
  const me = (await api.ok('users.list', {})).find((u) => u.login === 'olga')!;
  /** The entries written since the previous look (setting up the first admin writes one). */
  let seen = userTrail(api.path).length;
  const newEntries = () => {
    const all = userTrail(api.path);
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh.map((e) => `${e.action} ${e.entityId}`);
  };
  const create = (login: string, role: 'admin' | 'supervisor' | 'reporter' | 'auditor' = 'supervisor') =>
    api.ok('users.create', { fullName: `Person ${login}`, login, password: TEMPORARY, role });
  return { ...api, me, newEntries, create };
}

describe('users through the API', () => {
  it('creates an account that must change its password, and refuses the same login in any case', async () => {
    const { call, create, newEntries, path, ok } = await setup();
    const dana = await create('Dana.K', 'auditor');
    expect(dana).toMatchObject({
      login: 'dana.k',
      fullName: 'Person Dana.K',
      role: 'auditor',
      disabled: false,
      mustChangePassword: true,
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: new Date(NOW).toISOString(),
    });
    expect(newEntries()).toEqual([`user.create ${dana.id}`]);
    // The trail never holds the password, in any form.
    const after = userTrail(path).at(-1)!.after!;
    expect(after).not.toContain('scrypt');
    expect(after).not.toContain(TEMPORARY);

    for (const login of ['dana.k', 'DANA.K', 'Dana.k']) {
      const again = await call('users.create', {
        fullName: 'Someone Else',
        login,
        password: TEMPORARY,
        role: 'supervisor',
      });
      expect(again).toMatchObject({
        ok: false,
        error: {
          code: 'conflict',
          issues: [{ path: 'login', message: 'the login “dana.k” is already taken' }],
        },
      });
    }
    expect(newEntries()).toEqual([]);
    expect((await ok('users.list', {})).map((u) => u.login).sort()).toEqual(['dana.k', 'olga']);
  });

  it('changes a name and a role, and writes nothing when nothing changes', async () => {
    const { ok, create, newEntries } = await setup();
    const user = await create('marat');
    newEntries();
    const changed = await ok('users.update', { id: user.id, fullName: 'Marat Seitov', role: 'reporter' });
    expect(changed).toMatchObject({ fullName: 'Marat Seitov', role: 'reporter' });
    expect(newEntries()).toEqual([`user.update ${user.id}`]);
    await ok('users.update', { id: user.id, fullName: 'Marat Seitov', role: 'reporter' });
    expect(newEntries()).toEqual([]);
  });

  it('a new role takes effect on the next call of a signed-in user', async () => {
    const { backend, session, ok } = await setup();
    const user = await signedInAs(backend, session, 'supervisor', 'aliya');
    expect(await user.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const id = (await ok('users.list', {})).find((u) => u.login === 'aliya')!.id;
    await ok('users.update', { id, fullName: 'Aliya', role: 'admin' });
    expect((await user.call('users.list', {})).ok).toBe(true);
  });

  it('keeps one active administrator: the last one can be neither demoted nor disabled', async () => {
    const { call, ok, me, create, newEntries, backend } = await setup();
    const lastAdmin = {
      ok: false,
      error: {
        code: 'rule_violation',
        message: 'The last active administrator cannot lose that role or be disabled.',
      },
    };
    expect(
      await call('users.update', { id: me.id, fullName: me.fullName, role: 'supervisor' }),
    ).toMatchObject(lastAdmin);
    // Only the role is refused: the last admin may still change their own name.
    await ok('users.update', { id: me.id, fullName: 'Olga Nurlanovna', role: 'admin' });
    expect(newEntries()).toEqual([`user.update ${me.id}`]);

    // With a second active admin, one may be disabled; then the other is the last one.
    const second = await create('bolat', 'admin');
    const asBolat = await signIn(backend, 'bolat');
    newEntries();
    await asBolat.ok('users.setDisabled', { id: me.id, disabled: true });
    expect(newEntries()).toEqual([`user.disable ${me.id}`]);
    // A disabled admin does not count.
    expect(
      await asBolat.call('users.update', { id: second.id, fullName: 'Bolat', role: 'auditor' }),
    ).toMatchObject(lastAdmin);
    expect(newEntries()).toEqual([]);
    await asBolat.ok('users.setDisabled', { id: me.id, disabled: false });
    expect(newEntries()).toEqual([`user.enable ${me.id}`]);
    // Two active admins again: either may now be demoted.
    await asBolat.ok('users.update', { id: second.id, fullName: 'Bolat', role: 'auditor' });
    expect(newEntries()).toEqual([`user.update ${second.id}`]);
  });

  it('two admins disabling each other at once leave one of them active', async () => {
    const { call, ok, me, create, newEntries, backend } = await setup();
    const second = await create('bolat', 'admin');
    const asBolat = await signIn(backend, 'bolat');
    newEntries();
    const results = await Promise.all([
      call('users.setDisabled', { id: second.id, disabled: true }),
      asBolat.call('users.setDisabled', { id: me.id, disabled: true }),
    ]);
    // Both calls pass the session check before either write; the second write finds one admin left.
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      error: {
        code: 'rule_violation',
        message: 'The last active administrator cannot lose that role or be disabled.',
      },
    });
    expect(newEntries()).toHaveLength(1);
    const list = results[0].ok ? await ok('users.list', {}) : await asBolat.ok('users.list', {});
    expect(list.filter((u) => u.role === 'admin' && !u.disabled)).toHaveLength(1);
  });

  it('an admin cannot disable their own account', async () => {
    const { call, me, create, newEntries, ok } = await setup();
    await create('bolat', 'admin'); // not the last admin: the refusal is about oneself
    newEntries();
    expect(await call('users.setDisabled', { id: me.id, disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'You cannot disable your own account.' },
    });
    expect(newEntries()).toEqual([]);
    expect((await ok('users.list', {})).find((u) => u.id === me.id)?.disabled).toBe(false);
  });

  it('a disabled user is signed out and cannot sign in; enabling lets them back', async () => {
    const { backend, session, ok, newEntries } = await setup();
    const user = await signedInAs(backend, session, 'reporter', 'saule');
    const id = (await ok('users.list', {})).find((u) => u.login === 'saule')!.id;
    newEntries();
    expect((await ok('users.setDisabled', { id, disabled: true })).disabled).toBe(true);
    expect(newEntries()).toEqual([`user.disable ${id}`]);
    expect(await user.call('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(
      await caller(backend).call('auth.login', { login: 'saule', password: TEST_PASSWORD }),
    ).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'This account is disabled. Ask the administrator.' },
    });
    await ok('users.setDisabled', { id, disabled: true });
    expect(newEntries()).toEqual([]);

    await ok('users.setDisabled', { id, disabled: false });
    expect(newEntries()).toEqual([`user.enable ${id}`]);
    await ok('users.setDisabled', { id, disabled: false });
    expect(newEntries()).toEqual([]);
    expect((await caller(backend).call('auth.login', { login: 'saule', password: TEST_PASSWORD })).ok).toBe(
      true,
    );
  });

  it('a password reset clears a lockout, signs the user out and makes them choose a new password', async () => {
    const { backend, session, ok, newEntries } = await setup();
    const user = await signedInAs(backend, session, 'supervisor', 'timur');
    const anonymous = caller(backend);
    for (let i = 0; i < 5; i++)
      await anonymous.call('auth.login', { login: 'timur', password: 'wrong-password' });
    const locked = (await ok('users.list', {})).find((u) => u.login === 'timur')!;
    expect(locked.lockedUntil).toBe(new Date(Date.parse(NOW) + 15 * 60_000).toISOString());
    expect(await anonymous.call('auth.login', { login: 'timur', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: {
        message: `Too many failed attempts: the account is locked until ${clock(locked.lockedUntil!)}.`,
      },
    });
    newEntries();

    const reset = await ok('users.resetPassword', { id: locked.id, password: 'fresh-temporary-2' });
    expect(reset).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect(newEntries()).toEqual([`user.resetPassword ${locked.id}`]);
    expect(await user.call('auth.status', {})).toMatchObject({ ok: true, value: { state: 'signedOut' } });
    expect(await user.call('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });

    expect(await anonymous.call('auth.login', { login: 'timur', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { message: 'Wrong login or password.' },
    });
    const signIn = await anonymous.ok('auth.login', { login: 'timur', password: 'fresh-temporary-2' });
    expect(signIn.status.user.mustChangePassword).toBe(true);
    const again = caller(backend, signIn.session);
    expect(await again.call('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'password_change_required' },
    });
    await again.ok('auth.changePassword', { current: 'fresh-temporary-2', next: 'my-own-password-3' });
    expect((await again.call('cases.list', {})).ok).toBe(true);
    expect((await ok('users.list', {})).find((u) => u.login === 'timur')).toMatchObject({
      mustChangePassword: false,
      lastLoginAt: new Date(NOW).toISOString(),
    });
  });

  it('refuses an unknown user and a short password with nothing written', async () => {
    const { call, create, newEntries } = await setup();
    const user = await create('nurlan');
    newEntries();
    expect(await call('users.update', { id: 999, fullName: 'X', role: 'reporter' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call('users.resetPassword', { id: user.id, password: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'password', message: 'at least 10 characters' }] },
    });
    expect(newEntries()).toEqual([]);
  });

  it('only an administrator manages accounts', async () => {
    const { backend, session, me } = await setup();
    for (const role of ['supervisor', 'reporter', 'auditor'] as const) {
      const other = await signedInAs(backend, session, role, `${role}1`);
      expect(await other.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await other.call('users.setDisabled', { id: me.id, disabled: true })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });
});
