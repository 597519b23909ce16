import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { openTestBackend, setUpAdmin, TEST_PASSWORD } from '../backend/test-api';
import { createHostServer } from './http-server';

/*
 * Wrong passwords sent all at once over the real host, as a script would: the lockout must count
 * every one of them, not only those that happen to arrive one after another.
 */

const TOKEN = 'parallel-test-token';
const ATTEMPTS = 12;

interface Answer {
  ok: boolean;
  value?: { state?: string };
  error?: { code: string; message: string };
}

async function startHost() {
  const backend = await openTestBackend({ dbPath: tempDbPath(), transport: 'http' });
  const session = await setUpAdmin(backend);
  const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');
  const server = createHostServer({ backend, rendererDir, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterEach(async () => {
    server.close();
    await backend.close();
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (method: string, input: unknown, asSession?: string): Promise<Answer> => {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ input, meta: { language: 'en', ...(asSession ? { session: asSession } : {}) } }),
    });
    return (await response.json()) as Answer;
  };
  return { call, session };
}

const LOCKING_ATTEMPTS = 5;
const all = <T>(make: () => Promise<T>, count = ATTEMPTS) => Promise.all(Array.from({ length: count }, make));
const messages = (answers: Answer[]) => answers.map((a) => a.error?.message ?? 'accepted');
const LOCKED = /^Too many failed attempts: the account is locked until \d\d:\d\d\.$/;

describe('parallel wrong passwords over the host', () => {
  it(`locks the account at the fifth of ${ATTEMPTS} sign-ins sent at once, against the right password too`, async () => {
    const { call } = await startHost();
    const answers = messages(
      await all(() => call('auth.login', { login: 'olga', password: 'wrong password' })),
    );
    // Attempts one to four are plain wrong passwords; the fifth locks, and the seven after it meet the lock.
    expect(answers.filter((m) => m === 'Wrong login or password.')).toHaveLength(4);
    expect(answers.filter((m) => LOCKED.test(m))).toHaveLength(ATTEMPTS - 4);
    const right = await call('auth.login', { login: 'olga', password: TEST_PASSWORD });
    expect(right.error?.message).toMatch(LOCKED);
  });

  it('locks the account at five wrong passwords sent at once from the lock screen, and ends the session', async () => {
    const { call, session } = await startHost();
    expect((await call('auth.lock', {}, session)).ok).toBe(true);
    const answers = messages(
      await all(() => call('auth.unlock', { password: 'wrong password' }, session), LOCKING_ATTEMPTS),
    );
    expect(answers.filter((m) => LOCKED.test(m))).toHaveLength(1);
    expect((await call('auth.status', {}, session)).value?.state).toBe('signedOut');
    const right = await call('auth.login', { login: 'olga', password: TEST_PASSWORD });
    expect(right.error?.message).toMatch(LOCKED);
  });

  it('locks the account at five wrong current passwords sent at once to change one’s own', async () => {
    const { call, session } = await startHost();
    const answers = messages(
      await all(
        () => call('auth.changePassword', { current: 'wrong password', next: 'another password 1' }, session),
        LOCKING_ATTEMPTS,
      ),
    );
    expect(answers.filter((m) => LOCKED.test(m))).toHaveLength(1);
    const right = await call('auth.login', { login: 'olga', password: TEST_PASSWORD });
    expect(right.error?.message).toMatch(LOCKED);
  });
});
