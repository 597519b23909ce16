import { execFile } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import { OfficeStartError } from './office-start-error';

export interface OfficeCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate (DER), as `AB:CD:…`: what clients compare before they trust the server. */
  fingerprint: string;
  /** Where it came from: the office's files, a self-signed one made at this start, or one made earlier. */
  origin: 'given' | 'made' | 'kept';
  certFile: string;
}

/** The self-signed certificate's files inside the state directory. */
export const SELF_SIGNED = { cert: 'office-cert.pem', key: 'office-key.pem' };

/**
 * The server's certificate: the office's own (`--cert`/`--key`), else the self-signed one kept in
 * `stateDir`, made at the first start. The fingerprint stays the same across restarts for as long as
 * the files are kept, so clients that confirmed it once keep trusting the server.
 */
export async function officeCertificate(options: {
  certFile?: string | undefined;
  keyFile?: string | undefined;
  stateDir: string;
  /** The address the server listens on: put in the certificate when it is a specific one. */
  listenHost: string;
}): Promise<OfficeCertificate> {
  const { certFile, keyFile, stateDir } = options;
  if ((certFile === undefined) !== (keyFile === undefined))
    throw new OfficeStartError(
      '--cert and --key go together: pass both files, or neither for a self-signed certificate',
      2,
    );
  if (certFile !== undefined && keyFile !== undefined) return load(certFile, keyFile, 'given');

  const cert = join(stateDir, SELF_SIGNED.cert);
  const key = join(stateDir, SELF_SIGNED.key);
  if (existsSync(cert) && existsSync(key)) return load(cert, key, 'kept');
  if (existsSync(cert) || existsSync(key))
    throw new OfficeStartError(
      `${stateDir} holds only half of the self-signed certificate (${SELF_SIGNED.cert}, ${SELF_SIGNED.key}): restore the other file, or remove both to make a new certificate (clients will have to confirm its new fingerprint)`,
    );
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  await makeSelfSigned(cert, key, options.listenHost);
  return load(cert, key, 'made');
}

function load(certFile: string, keyFile: string, origin: OfficeCertificate['origin']): OfficeCertificate {
  let cert: string;
  let key: string;
  try {
    cert = readFileSync(certFile, 'utf8');
    key = readFileSync(keyFile, 'utf8');
  } catch (error) {
    throw new OfficeStartError(`cannot read the certificate: ${(error as Error).message}`);
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new OfficeStartError(`${certFile} is not a PEM certificate`);
  }
  try {
    if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error('mismatch');
  } catch {
    throw new OfficeStartError(`${keyFile} is not the private key of ${certFile}`);
  }
  return { cert, key, fingerprint: x509.fingerprint256, origin, certFile };
}

/**
 * Makes a self-signed certificate with openssl (an EC P-256 key, ten years): no library in the app's
 * dependencies makes certificates. Both files are written under temporary names and renamed, the key
 * readable by its owner only, so a failed start never leaves half a certificate.
 */
async function makeSelfSigned(certFile: string, keyFile: string, listenHost: string): Promise<void> {
  const names = ['DNS:localhost', 'IP:127.0.0.1', `DNS:${hostname()}`];
  if (isIP(listenHost) && listenHost !== '0.0.0.0' && listenHost !== '::') names.push(`IP:${listenHost}`);
  const temporary = { cert: `${certFile}.${process.pid}.tmp`, key: `${keyFile}.${process.pid}.tmp` };
  try {
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=Nadzor office server',
      '-addext',
      `subjectAltName=${[...new Set(names)].join(',')}`,
      '-keyout',
      temporary.key,
      '-out',
      temporary.cert,
    ]);
    chmodSync(temporary.key, 0o600);
    renameSync(temporary.key, keyFile);
    renameSync(temporary.cert, certFile);
  } catch (error) {
    rmSync(temporary.key, { force: true });
    rmSync(temporary.cert, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new OfficeStartError(
        'openssl was not found to make a self-signed certificate: install openssl, or pass --cert and --key',
      );
    throw new OfficeStartError(`openssl could not make a certificate: ${(error as Error).message}`);
  }
}
