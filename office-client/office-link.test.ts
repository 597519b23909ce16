import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_RECHECK_MS } from '../backend/changes';
import { openTestBackend, setUpAdmin, TEST_PASSWORD } from '../backend/test-api';
import type { Backend } from '../backend/types';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { officeCertificate, type OfficeCertificate } from '../host/office/certificate';
import { createOfficeServer } from '../host/office/office-server';
import type { OfficeStatus } from '../shared/domain/connection';
import { openClient } from './client-backend';
import { OfficeLink } from './office-link';

/*
 * The desktop app's link to a real office server (TLS, a self-signed certificate made by openssl, a
 * real PostgreSQL database): the confirmed certificate works, another is refused before anything is
 * sent, a stopped server is `unreachable`, and the same link works again once the server is back.
 */

const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-office-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');
const en = { language: 'en' as const };

describe('the office link', () => {
  const database = usePgDatabase();
  let backend: Backend;
  let certificate: OfficeCertificate;
  /** Another server's certificate: what a server posing as the office's would present. */
  let other: OfficeCertificate;
  let server: Server;
  let port = 0;
  /** The server's access log: one line per request that reached it. */
  const log: string[] = [];
  /** Every call that reached the backend behind the server. */
  const dispatched: string[] = [];

  const newState = () => mkdtempSync(join(tmpdir(), 'nadzor-office-state-'));

  async function startServer(tls: OfficeCertificate, at = 0): Promise<void> {
    const counted: Backend = {
      ...backend,
      dispatch: (method, payload, meta) => {
        dispatched.push(method);
        return backend.dispatch(method, payload, meta);
      },
    };
    server = createOfficeServer({ backend: counted, rendererDir, tls, log: (line) => log.push(line) });
    await new Promise<void>((resolve) => server.listen(at, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  function stopServer(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    return closed;
  }

  // The server's clock, moved on by a test to pass a stream's session look-up interval.
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);

  beforeAll(async () => {
    backend = await openTestBackend({ pg: database(), transport: 'http', now });
    await setUpAdmin(backend);
    certificate = await officeCertificate({ stateDir: newState(), listenHost: '127.0.0.1' });
    other = await officeCertificate({ stateDir: newState(), listenHost: '127.0.0.1' });
    await startServer(certificate);
  });
  afterAll(async () => {
    await stopServer();
    await backend.close();
  });

  const linkTo = (fingerprint: string) => new OfficeLink({ address: `127.0.0.1:${port}`, fingerprint }, 20);
  const nextStatus = (link: OfficeLink) =>
    new Promise<OfficeStatus>((resolve) => {
      const stop = link.onStatus((status) => {
        stop();
        resolve(status);
      });
    });

  it('forwards calls to the server whose certificate was confirmed, and its answers back', async () => {
    const link = linkTo(certificate.fingerprint);
    expect(await link.dispatch('auth.status', {}, en)).toMatchObject({
      ok: true,
      value: { state: 'signedOut' },
    });
    const signedIn = await link.dispatch('auth.login', { login: 'olga', password: TEST_PASSWORD }, en);
    expect(signedIn).toMatchObject({ ok: true, value: { status: { state: 'signedIn' } } });
    // A refusal is the server's own, in the caller's language.
    expect(await link.dispatch('cases.list', {}, en)).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'Your session has ended. Sign in to continue.' },
    });
    expect(link.status).toBe('online');
    await link.close();
  });

  it('refuses a server presenting another certificate, and nothing reaches it', async () => {
    const link = linkTo(other.fingerprint);
    const logged = log.length;
    const reached = dispatched.length;
    const refused = await link.dispatch('auth.login', { login: 'olga', password: TEST_PASSWORD }, en);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'certificate_changed',
        message: expect.stringMatching(
          new RegExp(
            `^The office server’s certificate changed: 127\\.0\\.0\\.1:${port} now presents a certificate other than the one confirmed on this computer, so Nadzor sent it nothing\\..* Contact your administrator`,
          ),
        ) as unknown,
      },
    });
    expect(link.status).toBe('certificate_changed');
    // Refused again at once, still without a request.
    expect(await link.dispatch('auth.status', {}, en)).toMatchObject({
      ok: false,
      error: { code: 'certificate_changed' },
    });
    expect(dispatched.slice(reached)).toEqual([]);
    // (The log may still receive the previous test's last line, written as its answer went out.)
    expect(log.slice(logged).filter((line) => / api auth\./.test(line))).toEqual([]);
    await link.close();
  });

  it('says unreachable while the server is stopped, and works again once it is back, without a new link', async () => {
    const link = linkTo(certificate.fingerprint);
    expect(await link.dispatch('auth.status', {}, en)).toMatchObject({ ok: true });
    await stopServer();

    const down = await link.dispatch('auth.status', {}, en);
    expect(down).toEqual({
      ok: false,
      error: {
        code: 'unreachable',
        message: `The office server 127.0.0.1:${port} cannot be reached (ECONNREFUSED). Check the network, or ask your administrator whether the server is running.`,
      },
    });
    expect(link.status).toBe('unreachable');
    // Fails fast while unreachable: no connection is tried for a call.
    expect(await link.dispatch('auth.status', {}, en)).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });

    const back = nextStatus(link);
    await startServer(certificate, port);
    expect(await back).toBe('online');
    expect(await link.dispatch('auth.status', {}, en)).toMatchObject({
      ok: true,
      value: { state: 'signedOut' },
    });
    await link.close();
  });

  it('forwards the change stream of a signed-in session', async () => {
    const link = linkTo(certificate.fingerprint);
    const signIn = await link.dispatch('auth.login', { login: 'olga', password: TEST_PASSWORD }, en);
    if (!signIn.ok) throw new Error(JSON.stringify(signIn));
    const session = (signIn.value as { session: string }).session;
    const heard: unknown[] = [];
    let ended!: () => void;
    const streamEnded = new Promise<void>((resolve) => (ended = resolve));
    const changeHeard = new Promise<void>((resolve) => {
      void link
        .watchChanges({ ...en, session }, { change: (event) => (heard.push(event), resolve()), ended })
        .then(async (watched) => {
          if (!watched.ok) throw new Error(JSON.stringify(watched));
          const created = await link.dispatch(
            'cases.create',
            {
              registryNumber: '245100031000123',
              article: '194',
              district: 'Almaty',
              registeredOn: '2026-10-01',
            },
            { ...en, session },
          );
          expect(created).toMatchObject({ ok: true });
        });
    });
    await changeHeard;
    expect(heard).toEqual([expect.objectContaining({ entity: 'case' })]);
    // Signed out, the session's stream ends at the next change (another session's) once its look-up
    // interval has passed, and so does the forwarded one.
    const other = await link.dispatch('auth.login', { login: 'olga', password: TEST_PASSWORD }, en);
    await link.dispatch('auth.logout', {}, { ...en, session });
    ahead += SESSION_RECHECK_MS;
    const createdAfter = await link.dispatch(
      'cases.create',
      { registryNumber: '245100031000124', article: '194', district: 'Almaty', registeredOn: '2026-10-01' },
      { ...en, session: (other as { value: { session: string } }).value.session },
    );
    expect(createdAfter).toMatchObject({ ok: true });
    await streamEnded;
    await link.close();
  });

  it('the office server refuses the desktop app’s own connection methods, signed in or not', async () => {
    const link = linkTo(certificate.fingerprint);
    const signIn = await link.dispatch('auth.login', { login: 'olga', password: TEST_PASSWORD }, en);
    const session = (signIn as { value: { session: string } }).value.session;
    const calls = {
      'connection.get': {},
      'connection.probe': { address: '127.0.0.1:1' },
      'connection.choose': { mode: 'local' },
    };
    for (const [method, input] of Object.entries(calls)) {
      expect(await link.dispatch(method, input, en)).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
      expect(await link.dispatch(method, input, { ...en, session })).toEqual({
        ok: false,
        error: {
          code: 'not_available',
          message: 'The desktop app answers this itself; a server does not take it.',
          key: 'connection.error.notHere',
        },
      });
    }
    await link.close();
  });

  it('a client at its first start probes the address, takes the confirmed server, and keeps the choice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nadzor-client-'));
    const openLocal = () => Promise.reject(new Error('this computer’s database is not chosen'));
    const client = await openClient({ dataDir, openLocal, retryMs: 20 });
    const address = `127.0.0.1:${port}`;
    expect(await client.dispatch('connection.get', {}, en)).toEqual({ ok: true, value: { mode: null } });
    expect(await client.dispatch('auth.status', {}, en)).toMatchObject({
      ok: false,
      error: { code: 'not_available', message: 'Choose first where this computer’s data is.' },
    });
    const logged = log.length;
    expect(await client.dispatch('connection.probe', { address: `https://${address}/` }, en)).toEqual({
      ok: true,
      value: { address, fingerprint: certificate.fingerprint },
    });
    // The probe is a handshake only: no request reached the server. (The log may still receive the
    // previous test's last line, its connection.choose, written as its answer went out.)
    expect(log.slice(logged).filter((line) => !/ api connection\.choose /.test(line))).toEqual([]);
    // A fingerprint other than the one presented is not taken.
    expect(
      await client.dispatch(
        'connection.choose',
        { mode: 'office', address, fingerprint: other.fingerprint },
        en,
      ),
    ).toMatchObject({ ok: false, error: { code: 'certificate_changed' } });
    expect(
      await client.dispatch(
        'connection.choose',
        { mode: 'office', address, fingerprint: certificate.fingerprint },
        en,
      ),
    ).toEqual({
      ok: true,
      value: { mode: 'office', address, fingerprint: certificate.fingerprint, status: 'online' },
    });
    expect(await client.dispatch('auth.status', {}, en)).toMatchObject({
      ok: true,
      value: { state: 'signedOut' },
    });
    // Once chosen, the window can neither probe nor choose again.
    expect(await client.dispatch('connection.probe', { address: '127.0.0.1:1' }, en)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await client.close();

    const again = await openClient({ dataDir, openLocal });
    expect(await again.dispatch('connection.get', {}, en)).toMatchObject({
      ok: true,
      value: { mode: 'office', address, status: 'online' },
    });
    await again.close();
  });
});
