import { connect as connectTcp } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, TEST_PASSWORD } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { methodNames } from '../../shared/api/contract';
import type { OfficeCertificate } from './certificate';
import { isOnServer } from './office-server';
import { apiBody, readAll, startTestOffice, testCertificate } from './testing/test-office';

/*
 * The office server's security over real TLS sockets, on a real PostgreSQL database, with a real
 * self-signed certificate made by openssl. Each test starts its own server (so one test's sign-in
 * attempts do not count against another's) over one backend whose first administrator is olga.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
}

describe('the office server', () => {
  const database = usePgDatabase();
  let backend: Backend;
  let certificate: OfficeCertificate;

  beforeAll(async () => {
    backend = await openTestBackend({ pg: database(), transport: 'http' });
    certificate = await testCertificate();
  });
  // The first administrator, created over TLS from this computer (the only place it may be created from).
  beforeAll(async () => {
    const { call } = await start();
    const created = await call('auth.setupAdmin', {
      fullName: 'Olga Admin',
      login: 'olga',
      password: TEST_PASSWORD,
    });
    expect(created.body).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await backend.close();
  });

  async function startServer() {
    const office = await startTestOffice(backend, certificate);
    const call = async (
      method: string,
      input: unknown,
      session?: string,
      { padding = '', chunked = false }: { padding?: string; chunked?: boolean } = {},
    ): Promise<Answer> => {
      const body = apiBody(input, session, padding ? { padding } : {});
      const res = await office.post(`/api/${method}`, body, { chunked });
      return {
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: JSON.parse(await readAll(res)) as Answer['body'],
      };
    };
    const signIn = async (login: string, password: string) => {
      const answer = await call('auth.login', { login, password });
      expect(answer.body).toMatchObject({ ok: true });
      return answer.body.value!.session as string;
    };
    return {
      server: office.server,
      port: office.port,
      log: office.log,
      call,
      signIn,
      close: () => office.close(),
    };
  }

  let running: Awaited<ReturnType<typeof startServer>>[] = [];
  afterAll(() => {
    for (const { close } of running) close();
    running = [];
  });
  const start = async () => {
    const started = await startServer();
    running.push(started);
    return started;
  };

  it('answers a client without a session on the three sign-in methods only', async () => {
    const { call } = await start();
    const answered: string[] = [];
    for (const method of methodNames) {
      for (const session of [undefined, 'f'.repeat(64)]) {
        const answer = await call(method, {}, session);
        expect(answer.status, method).toBe(200);
        if (answer.body.error?.code !== 'unauthenticated' && !answered.includes(method))
          answered.push(method);
      }
    }
    expect(answered.sort()).toEqual(['auth.login', 'auth.setupAdmin', 'auth.status']);
    // …and those give nothing away: the database has its administrator, so a second one is refused.
    const second = await call('auth.setupAdmin', {
      fullName: 'Mallory',
      login: 'mallory',
      password: TEST_PASSWORD,
    });
    expect(second.body.error).toMatchObject({ code: 'conflict' });
  });

  it('takes the first administrator only from the server computer itself', () => {
    for (const address of ['127.0.0.1', '127.3.0.9', '::1', '::ffff:127.0.0.1'])
      expect(isOnServer(address)).toBe(true);
    for (const address of ['192.0.2.2', '10.0.0.127', '::ffff:10.0.0.1', 'fd00::1', '::', '', undefined])
      expect(isOnServer(address), String(address)).toBe(false);
  });

  it('refuses a session token once its user has signed out, and a role its permissions', async () => {
    const { call, signIn } = await start();
    const admin = await signIn('olga', TEST_PASSWORD);
    const created = await call(
      'users.create',
      { fullName: 'Rita Reporter', login: 'rita', password: 'temporary-pass-1', role: 'reporter' },
      admin,
    );
    expect(created.body.ok).toBe(true);
    const rita = await signIn('rita', 'temporary-pass-1');
    expect(
      (await call('auth.changePassword', { current: 'temporary-pass-1', next: TEST_PASSWORD }, rita)).body.ok,
    ).toBe(true);
    // A reporter reads, but may not manage accounts.
    expect((await call('cases.list', {}, rita)).body.ok).toBe(true);
    expect((await call('users.list', {}, rita)).body.error).toMatchObject({ code: 'forbidden' });

    expect((await call('auth.logout', {}, admin)).body.ok).toBe(true);
    const withOldToken = await call(
      'users.create',
      { fullName: 'Mallory', login: 'mallory', password: 'temporary-pass-1', role: 'admin' },
      admin,
    );
    expect(withOldToken.body.error).toMatchObject({ code: 'unauthenticated' });
    expect((await call('users.list', {}, admin)).body.error).toMatchObject({ code: 'unauthenticated' });

    const again = await signIn('olga', TEST_PASSWORD);
    const logins = (await call('users.list', {}, again)).body.value as unknown as { login: string }[];
    expect(logins.map((u) => u.login).sort()).toEqual(['olga', 'rita']);
  });

  it('gives plain HTTP on its port nothing: no answer, no request', async () => {
    const { port, log } = await start();
    const received = await new Promise<Buffer>((resolve, reject) => {
      const socket = connectTcp(port, '127.0.0.1', () => {
        socket.write(
          'POST /api/auth.status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
        );
      });
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('close', () => resolve(Buffer.concat(chunks)));
      socket.on('error', reject);
    });
    expect(received.toString('latin1')).not.toContain('HTTP/');
    expect(received.toString('latin1')).not.toContain('{');
    expect(log).toEqual([]);
  });

  it('answers a body over the limit with 413 and writes nothing of it', async () => {
    const { call, signIn } = await start();
    const admin = await signIn('olga', TEST_PASSWORD);
    const usersBefore = (await call('users.list', {}, admin)).body.value as unknown as unknown[];
    const newUser = { fullName: 'Ivan Big', login: 'ivan', password: 'temporary-pass-1', role: 'supervisor' };

    // 1 MB is the limit of every call but an import; this one carries 1.1 MB.
    // Whether the body's length is said first or not.
    for (const chunked of [false, true]) {
      const tooLarge = await call('users.create', newUser, admin, {
        padding: 'x'.repeat(1_100_000),
        chunked,
      });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body).toEqual({
        ok: false,
        error: {
          code: 'too_large',
          message: 'The request is too large for the server (more than 1 MB). Nothing was saved.',
        },
      });
    }
    expect(((await call('users.list', {}, admin)).body.value as unknown as unknown[]).length).toBe(
      usersBefore.length,
    );

    // The same call under the limit is a write that goes through.
    expect(
      (await call('users.create', newUser, admin, { padding: 'x'.repeat(900_000), chunked: true })).body.ok,
    ).toBe(true);
    expect(((await call('users.list', {}, admin)).body.value as unknown as unknown[]).length).toBe(
      usersBefore.length + 1,
    );
  });

  it('stops an address after ten failed sign-ins in 15 minutes, across accounts and before any lockout', async () => {
    const { call, signIn } = await start();
    // Right passwords are not counted.
    for (let i = 0; i < 3; i += 1) await signIn('olga', TEST_PASSWORD);
    // Ten wrong ones, sent at once and each to another login, so no account is locked by them.
    const wrong = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('auth.login', { login: `guess${i}`, password: 'wrong password' }),
      ),
    );
    expect(wrong.map((a) => a.body.error?.message)).toEqual(Array(10).fill('Wrong login or password.'));

    const eleventh = await call('auth.login', { login: 'olga', password: TEST_PASSWORD });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error?.code).toBe('too_many_requests');
    expect(eleventh.body.error?.message).toMatch(
      /^Too many sign-in attempts from this computer\. Try again after \d\d:\d\d\.$/,
    );
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(14 * 60);

    // The account itself is not locked: another server (another limit) signs olga in.
    const other = await start();
    await other.signIn('olga', TEST_PASSWORD);
  });

  it('logs each request as its method, status, outcome and duration, without logins, passwords or tokens', async () => {
    const { call, signIn, log } = await start();
    const session = await signIn('olga', TEST_PASSWORD);
    await call('cases.list', {}, session);
    await call('auth.login', { login: 'olga', password: 'a wrong password' });
    await call('no.such', { login: 'olga' });
    await call('auth.logout', {}, session);

    expect(log.map((line) => line.replace(/^\S+ /, '').replace(/ \d+ms$/, ''))).toEqual([
      'api auth.login 200 ok',
      'api cases.list 200 ok',
      'api auth.login 200 rule_violation',
      'api (unknown method) 200 unknown_method',
      'api auth.logout 200 ok',
    ]);
    for (const line of log) {
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z .+ \d+ms$/);
      for (const secret of ['olga', TEST_PASSWORD, 'a wrong password', session])
        expect(line).not.toContain(secret);
    }
  });
});
