import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { caller, openTestBackend, setUpAdmin, signedInAs, TEST_PASSWORD } from '../test-api';

async function open() {
  let now = Date.parse('2026-11-23T09:00:00Z');
  const path = tempDbPath();
  const backend = await openTestBackend({ dbPath: path, transport: 'http', now: () => new Date(now) });
  return { path, backend, advance: (minutes: number) => (now += minutes * 60_000) };
}

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

describe('first start and signing in', () => {
  it('answers nothing but where one stands until the administrator exists', async () => {
    const { backend } = await open();
    const anonymous = caller(backend);
    expect(await anonymous.ok('auth.status', {})).toEqual({ state: 'setup', language: 'ru' });
    expect(code(await anonymous.call('cases.list', {}))).toBe('unauthenticated');
    expect(code(await anonymous.call('settings.get', {}))).toBe('unauthenticated');
    const signIn = await anonymous.ok('auth.setupAdmin', {
      fullName: 'Айгерим Сапарова',
      login: 'ASaparova',
      password: TEST_PASSWORD,
    });
    expect(signIn.status).toMatchObject({
      state: 'signedIn',
      user: { login: 'asaparova', fullName: 'Айгерим Сапарова', role: 'admin', mustChangePassword: false },
      idleMinutes: 15,
    });
    // A second "first start" is refused: the office has its administrator.
    expect(
      code(
        await anonymous.call('auth.setupAdmin', { fullName: 'X', login: 'other', password: TEST_PASSWORD }),
      ),
    ).toBe('conflict');
    expect(await anonymous.ok('auth.status', {})).toEqual({ state: 'signedOut', language: 'ru' });
    expect(await caller(backend, signIn.session).ok('auth.status', {})).toMatchObject({ state: 'signedIn' });
  });

  it('refuses a short password and a login with spaces at their fields', async () => {
    const { backend } = await open();
    const result = await caller(backend).call('auth.setupAdmin', {
      fullName: 'A',
      login: 'a b',
      password: 'short',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((i) => [i.path, i.key])).toEqual([
      ['login', 'errors.login.characters'],
      ['password', 'errors.password.tooShort'],
    ]);
  });

  it('signs in by login ignoring case; a wrong login and a wrong password get the same message', async () => {
    const { backend } = await open();
    await setUpAdmin(backend, 'olga');
    const anonymous = caller(backend);
    expect(await anonymous.ok('auth.login', { login: ' OLGA ', password: TEST_PASSWORD })).toMatchObject({
      status: { state: 'signedIn' },
    });
    const wrongLogin = await anonymous.call('auth.login', { login: 'nobody', password: TEST_PASSWORD });
    const wrongPassword = await anonymous.call('auth.login', { login: 'olga', password: 'nope nope nope' });
    expect(wrongLogin).toEqual(wrongPassword);
    expect(wrongPassword).toMatchObject({ ok: false, error: { message: 'Wrong login or password.' } });
  });

  it('locks the account for 15 minutes after five wrong passwords, even against the right one', async () => {
    const { backend, advance } = await open();
    await setUpAdmin(backend, 'olga');
    const anonymous = caller(backend);
    for (let i = 0; i < 4; i++)
      expect(await anonymous.call('auth.login', { login: 'olga', password: 'wrong password' })).toMatchObject(
        {
          error: { message: 'Wrong login or password.' },
        },
      );
    const fifth = await anonymous.call('auth.login', { login: 'olga', password: 'wrong password' });
    expect(fifth.ok ? '' : fifth.error.message).toMatch(/locked until \d\d:\d\d/);
    expect(code(await anonymous.call('auth.login', { login: 'olga', password: TEST_PASSWORD }))).toBe(
      'rule_violation',
    );
    advance(15.1);
    expect(code(await anonymous.call('auth.login', { login: 'olga', password: TEST_PASSWORD }))).toBe('ok');
  });

  it('keeps the hash and the sign-in bookkeeping out of the audit trail', async () => {
    const { backend, path } = await open();
    await setUpAdmin(backend, 'olga');
    await caller(backend).call('auth.login', { login: 'olga', password: 'wrong password' });
    await caller(backend).ok('auth.login', { login: 'olga', password: TEST_PASSWORD });
    await backend.close();
    const store = openSqliteStore(path);
    const trail = await store.read((r) => r.audit.forEntity('user', '1'));
    expect(trail.map((e) => [e.action, e.actor])).toEqual([['user.create', 'user:olga']]);
    expect(JSON.stringify(trail)).not.toMatch(/scrypt|password_hash|failed_attempts|last_login/);
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    await store.close();
  });
});

describe('the idle lock and the session', () => {
  it('locks an idle session: only unlock, sign-out and status answer until the password is given', async () => {
    const { backend, advance } = await open();
    const admin = caller(backend, await setUpAdmin(backend));
    await admin.ok('settings.setIdleMinutes', { minutes: 5 });
    advance(5.5);
    expect(code(await admin.call('cases.list', {}))).toBe('session_locked');
    expect(await admin.ok('auth.status', {})).toMatchObject({ state: 'locked', user: { login: 'olga' } });
    expect(await admin.call('auth.unlock', { password: 'wrong password' })).toMatchObject({
      error: {
        message:
          'Wrong password. Attempts left: 4. When they run out, the account is locked for 15 minutes and the session ends.',
        key: 'errors.auth.wrongPasswordLeft',
        params: { left: 4, count: 15 },
      },
    });
    expect(await admin.ok('auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ state: 'signedIn' });
    expect(code(await admin.call('cases.list', {}))).toBe('ok');
  });

  it('polls of a running job do not count as someone at the keyboard', async () => {
    const { backend, advance } = await open();
    const admin = caller(backend, await setUpAdmin(backend));
    await admin.ok('settings.setIdleMinutes', { minutes: 5 });
    for (let i = 0; i < 4; i++) {
      advance(2);
      await admin.call('reports.pdfProgress', { jobId: '00000000-0000-4000-8000-000000000000' });
    }
    expect(code(await admin.call('cases.list', {}))).toBe('session_locked');
  });

  it('ends the session when unlocking fails five times', async () => {
    const { backend } = await open();
    const admin = caller(backend, await setUpAdmin(backend));
    await admin.ok('auth.lock', {});
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await admin.call('auth.unlock', { password: 'wrong password' }));
    // Each refusal says how many tries are left, and the one before the last warns of what comes.
    expect(answers.map((a) => (a.ok ? null : a.error.params?.left))).toEqual([4, 3, 2, 1, undefined]);
    expect(answers[3]).toMatchObject({
      error: {
        message:
          'Wrong password. One attempt left: one more wrong password locks the account for 15 minutes and ends the session.',
      },
    });
    expect(answers[4]).toMatchObject({ error: { key: 'errors.auth.accountLocked' } });
    expect(code(await admin.call('auth.status', {}))).toBe('ok');
    expect(await admin.ok('auth.status', {})).toMatchObject({ state: 'signedOut' });
  });

  it('makes a user whose password the admin set choose their own before anything else', async () => {
    const { backend } = await open();
    const adminSession = await setUpAdmin(backend);
    await caller(backend, adminSession).ok('users.create', {
      fullName: 'Ерлан Жумабеков',
      login: 'ezhumabekov',
      password: 'temporary-pass-1',
      role: 'supervisor',
    });
    const signIn = await caller(backend).ok('auth.login', {
      login: 'ezhumabekov',
      password: 'temporary-pass-1',
    });
    expect(signIn.status.user.mustChangePassword).toBe(true);
    const user = caller(backend, signIn.session);
    expect(code(await user.call('cases.list', {}))).toBe('password_change_required');
    expect(
      code(await user.call('auth.changePassword', { current: 'temporary-pass-1', next: 'temporary-pass-1' })),
    ).toBe('rule_violation');
    expect(
      await user.ok('auth.changePassword', { current: 'temporary-pass-1', next: TEST_PASSWORD }),
    ).toMatchObject({
      state: 'signedIn',
      user: { mustChangePassword: false },
    });
    expect(code(await user.call('cases.list', {}))).toBe('ok');
  });

  it('signs a disabled user out at their next call', async () => {
    const { backend } = await open();
    const adminSession = await setUpAdmin(backend);
    const supervisor = await signedInAs(backend, adminSession, 'supervisor', 'sup');
    const list = await caller(backend, adminSession).ok('users.list', {});
    const id = list.find((u) => u.login === 'sup')!.id;
    await caller(backend, adminSession).ok('users.setDisabled', { id, disabled: true });
    expect(code(await supervisor.call('cases.list', {}))).toBe('unauthenticated');
    expect(await caller(backend).call('auth.login', { login: 'sup', password: TEST_PASSWORD })).toMatchObject(
      {
        error: { message: 'This account is disabled. Ask the administrator.' },
      },
    );
  });

  it('keeps each user’s language, and shows the last one chosen at the sign-in screen', async () => {
    const { backend } = await open();
    const adminSession = await setUpAdmin(backend);
    const supervisor = await signedInAs(backend, adminSession, 'supervisor', 'sup');
    await caller(backend, adminSession).ok('settings.setLanguage', { language: 'ru' });
    await supervisor.ok('settings.setLanguage', { language: 'kk' });
    expect(await supervisor.ok('settings.get', {})).toMatchObject({ language: 'kk' });
    expect(await caller(backend, adminSession).ok('settings.get', {})).toMatchObject({ language: 'ru' });
    expect(await caller(backend).ok('auth.status', {})).toMatchObject({ state: 'signedOut', language: 'kk' });
  });
});

describe('staying signed in', () => {
  it('keep-alive holds the idle lock off while someone types without saving', async () => {
    const { backend, advance } = await open();
    const admin = caller(backend, await setUpAdmin(backend));
    await admin.ok('settings.setIdleMinutes', { minutes: 5 });
    for (let i = 0; i < 5; i++) {
      advance(4);
      expect(await admin.ok('auth.keepAlive', {})).toEqual({});
    }
    expect(code(await admin.call('cases.list', {}))).toBe('ok');
  });

  it('five wrong current passwords when changing one’s own lock the account and end the session', async () => {
    const { backend } = await open();
    const admin = caller(backend, await setUpAdmin(backend));
    for (let i = 0; i < 5; i++)
      await admin.call('auth.changePassword', { current: 'wrong password', next: 'another password 1' });
    expect(await admin.ok('auth.status', {})).toMatchObject({ state: 'signedOut' });
  });
});
