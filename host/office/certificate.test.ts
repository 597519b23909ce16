import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeCertificate, SELF_SIGNED } from './certificate';
import { parseListen } from './start';

const stateDir = () => join(mkdtempSync(join(tmpdir(), 'nadzor-cert-')), 'state');

describe('the office server certificate', () => {
  it('takes the office’s own files, and refuses a key that is not the certificate’s', async () => {
    const one = stateDir();
    const other = stateDir();
    const made = await officeCertificate({ stateDir: one, listenHost: '0.0.0.0' });
    await officeCertificate({ stateDir: other, listenHost: '0.0.0.0' });
    const cert = join(one, SELF_SIGNED.cert);

    const given = await officeCertificate({
      certFile: cert,
      keyFile: join(one, SELF_SIGNED.key),
      stateDir: other,
      listenHost: '0.0.0.0',
    });
    expect(given).toMatchObject({ origin: 'given', fingerprint: made.fingerprint });
    expect(given.fingerprint).toBe(new X509Certificate(given.cert).fingerprint256);

    await expect(
      officeCertificate({
        certFile: cert,
        keyFile: join(other, SELF_SIGNED.key),
        stateDir: other,
        listenHost: '0.0.0.0',
      }),
    ).rejects.toThrow(`${join(other, SELF_SIGNED.key)} is not the private key of ${cert}`);
    await expect(
      officeCertificate({ certFile: cert, stateDir: other, listenHost: '0.0.0.0' }),
    ).rejects.toThrow('--cert and --key go together');
  });

  it('names the listening address in a self-signed certificate, and will not half-replace one', async () => {
    const dir = stateDir();
    const made = await officeCertificate({ stateDir: dir, listenHost: '192.0.2.44' });
    expect(made.origin).toBe('made');
    expect(new X509Certificate(made.cert).subjectAltName).toContain('IP Address:192.0.2.44');

    rmSync(join(dir, SELF_SIGNED.key));
    await expect(officeCertificate({ stateDir: dir, listenHost: '0.0.0.0' })).rejects.toThrow(
      'holds only half of the self-signed certificate',
    );
  });
});

describe('--listen', () => {
  it.each([
    ['0.0.0.0:4318', { host: '0.0.0.0', port: 4318 }],
    [':4318', { host: '0.0.0.0', port: 4318 }],
    ['192.168.1.20:443', { host: '192.168.1.20', port: 443 }],
    ['[::]:4318', { host: '::', port: 4318 }],
    ['127.0.0.1:0', { host: '127.0.0.1', port: 0 }],
  ])('reads %s', (value, expected) => {
    expect(parseListen(value)).toEqual(expected);
  });

  it.each(['4318', 'office:99999', '0.0.0.0:port', '::1:4318'])('refuses %s as a usage error', (value) => {
    expect(() => parseListen(value)).toThrow(expect.objectContaining({ exitCode: 2 }) as Error);
  });
});
