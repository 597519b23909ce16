import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeCertificate, type OfficeCertificate } from '../host/office/certificate';
import { forwardCall, forwardChanges } from './forward';
import { LinkError } from './pinned-tls';

/*
 * A server that takes the TLS connection (with a real self-signed certificate) and then says nothing,
 * as one behind a network that went away silently: the forwarder gives up after its silence limit
 * rather than leaving the window waiting for good.
 */
describe('a connection that falls silent', () => {
  let certificate: OfficeCertificate;
  let address = '';
  const held: TLSSocket[] = [];
  const server = createServer();

  beforeAll(async () => {
    certificate = await officeCertificate({
      stateDir: mkdtempSync(join(tmpdir(), 'nadzor-office-state-')),
      listenHost: '127.0.0.1',
    });
    server.setSecureContext({ cert: certificate.cert, key: certificate.key });
    server.on('secureConnection', (socket) => held.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    for (const socket of held) socket.destroy();
    server.close();
  });

  it('makes a call unreachable, saying there was no answer', async () => {
    const target = { address, fingerprint: certificate.fingerprint };
    const failed = await forwardCall(target, 'auth.status', {}, { language: 'en' }, 50).catch(
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(LinkError);
    expect(failed).toMatchObject({ kind: 'unreachable', reason: 'no answer' });
  });

  it('makes the change stream unreachable too', async () => {
    const target = { address, fingerprint: certificate.fingerprint };
    const listener = { change: () => undefined, ended: () => undefined };
    const failed = await forwardChanges(target, { language: 'en' }, listener, 50).catch(
      (error: unknown) => error,
    );
    expect(failed).toMatchObject({ kind: 'unreachable', reason: 'no answer' });
  });
});
