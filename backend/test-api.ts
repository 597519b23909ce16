import { openBackend, type Backend, type BackendOptions } from '.';
import { TEST_PASSWORD_COST } from './auth/test-cost';
import { tempDbPath } from '../db/test-support';
import type { MethodInput, MethodName, MethodOutput } from '../shared/api/contract';
import type { Role, SignIn } from '../shared/domain/accounts';
import type { Result } from '../shared/result';

export const TEST_PASSWORD = 'correct horse battery';

/** `openBackend` for tests: the cheap scrypt cost, unless a test passes its own. */
export const openTestBackend = (options: BackendOptions): Promise<Backend> =>
  openBackend({ passwordCost: TEST_PASSWORD_COST, ...options });

type Call = (method: string, input: unknown) => Promise<Result<unknown>>;

function typedOk(call: Call) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value as MethodOutput<M>;
  };
}

/** Calls as one session (or none), in English. */
export function caller(backend: Backend, session?: string) {
  const call: Call = (method, input) =>
    backend.dispatch(method, input, { language: 'en', ...(session ? { session } : {}) });
  return { call, ok: typedOk(call) };
}

/** Creates the first administrator on an empty database and signs them in. */
export async function setUpAdmin(backend: Backend, login = 'olga'): Promise<string> {
  const result = await caller(backend).ok('auth.setupAdmin', {
    fullName: 'Olga Admin',
    login,
    password: TEST_PASSWORD,
  });
  return result.session;
}

/**
 * An account of the given role, made by the admin and ready to use: its first password is replaced,
 * as the app requires, and the session is signed in.
 */
export async function signedInAs(backend: Backend, adminSession: string, role: Role, login: string) {
  const admin = caller(backend, adminSession);
  await admin.ok('users.create', { fullName: `${role} ${login}`, login, password: 'temporary-pass-1', role });
  const signIn: SignIn = await caller(backend).ok('auth.login', { login, password: 'temporary-pass-1' });
  await caller(backend, signIn.session).ok('auth.changePassword', {
    current: 'temporary-pass-1',
    next: TEST_PASSWORD,
  });
  return { session: signIn.session, ...caller(backend, signIn.session) };
}

/**
 * A backend on a fresh database for API tests, answering in English and signed in as its first
 * administrator: `call` returns the raw result, `ok` the value of a call that must succeed (typed by
 * the contract). `today` fixes the clock.
 */
export async function openTestApi(today?: string) {
  const path = tempDbPath();
  const backend = await openTestBackend({
    dbPath: path,
    transport: 'http',
    ...(today ? { now: () => new Date(today) } : {}),
  });
  const session = await setUpAdmin(backend);
  return { path, backend, session, ...caller(backend, session) };
}

/** A backend whose every call carries its first administrator's session (set up on an empty database). */
export async function openSignedIn(options: Parameters<typeof openBackend>[0]): Promise<Backend> {
  const opened = await openTestBackend(options);
  const session = await setUpAdmin(opened);
  return {
    ...opened,
    dispatch: (method, input, meta) => opened.dispatch(method, input, { ...meta, session }),
  };
}
