import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, TEST_PASSWORD } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { startTestOffice, testCertificate, type TestOffice } from './testing/test-office';

/*
 * Two office servers, each with its own backend (as two processes would have), on one PostgreSQL
 * database, over real TLS, presenting the office's one certificate: a session opened through either is
 * answered by both, and ending it on one (a sign-out, a disabled user) ends it on the other. This is
 * what lets several servers stand behind one address (docs/scale.md).
 */

describe('sessions shared by the office servers of one database', () => {
  const database = usePgDatabase();
  const backends: Backend[] = [];
  const offices: TestOffice[] = [];
  /** An answer read loosely: a refused call has no value, an accepted one no error. */
  type Body = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
  let servers: ((method: string, input: unknown, session?: string) => Promise<Body>)[] = [];

  beforeAll(async () => {
    const certificate = await testCertificate();
    for (let i = 0; i < 2; i += 1) {
      const backend = await openTestBackend({ pg: database(), transport: 'http' });
      backends.push(backend);
      offices.push(await startTestOffice(backend, certificate));
    }
    servers = offices.map((office) => {
      const client = office.client();
      return (method, input, session) => client.call(method, input, session);
    });
  });
  afterAll(async () => {
    for (const office of offices) office.close();
    for (const backend of backends) await backend.close();
  });

  const [first, second] = [0, 1];
  const on = (server: number) => servers[server]!;
  const signIn = async (server: number, login: string, password = TEST_PASSWORD) => {
    const answer = await on(server)('auth.login', { login, password });
    expect(answer).toMatchObject({ ok: true });
    return answer.value!.session as string;
  };
  const listsCases = async (server: number, session: string) =>
    (await on(server)('cases.list', { page: 1, pageSize: 10 }, session)).ok;

  let admin: string;
  beforeAll(async () => {
    const created = await on(first)('auth.setupAdmin', {
      fullName: 'Olga Admin',
      login: 'olga',
      password: TEST_PASSWORD,
    });
    expect(created).toMatchObject({ ok: true });
    admin = created.value!.session as string;
  });

  it('answers a session opened through one server on the other', async () => {
    const session = await signIn(first, 'olga');
    expect(await listsCases(second, session)).toBe(true);
    const status = await on(second)('auth.status', {}, session);
    expect(status.value).toMatchObject({ state: 'signedIn', user: { login: 'olga' } });
  });

  it('ends a session on both servers when it signs out through one', async () => {
    const session = await signIn(second, 'olga');
    expect(await listsCases(first, session)).toBe(true);
    expect(await on(first)('auth.logout', {}, session)).toMatchObject({ ok: true });
    expect(await on(second)('cases.list', { page: 1, pageSize: 10 }, session)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await listsCases(first, session)).toBe(false);
  });

  it('a session locked through one server is locked on the other', async () => {
    const session = await signIn(first, 'olga');
    expect(await on(second)('auth.lock', {}, session)).toMatchObject({ ok: true });
    expect(await on(first)('cases.list', { page: 1, pageSize: 10 }, session)).toMatchObject({
      ok: false,
      error: { code: 'session_locked' },
    });
    expect(await on(first)('auth.unlock', { password: TEST_PASSWORD }, session)).toMatchObject({ ok: true });
    expect(await listsCases(second, session)).toBe(true);
  });

  it('ends every session of a user disabled through either server', async () => {
    const created = await on(first)(
      'users.create',
      { fullName: 'Ivan Supervisor', login: 'ivan', password: 'temporary-pass-1', role: 'supervisor' },
      admin,
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.value!.id as number;
    const ivan = await signIn(first, 'ivan', 'temporary-pass-1');
    expect(
      await on(second)('auth.changePassword', { current: 'temporary-pass-1', next: TEST_PASSWORD }, ivan),
    ).toMatchObject({ ok: true });
    const [onFirst, onSecond] = [ivan, await signIn(second, 'ivan')];
    expect(await listsCases(first, onSecond)).toBe(true);

    expect(await on(second)('users.setDisabled', { id, disabled: true }, admin)).toMatchObject({ ok: true });
    for (const server of [first, second])
      for (const session of [onFirst, onSecond]) expect(await listsCases(server, session)).toBe(false);
  });
});
