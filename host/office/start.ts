import { existsSync } from 'node:fs';
import type { Server } from 'node:https';
import { resolve } from 'node:path';
import { DatabaseOpenError, openBackend, redacted } from '../../backend';
import type { Backend } from '../../backend/types';
import { officeCertificate } from './certificate';
import { createOfficeServer } from './office-server';
import { OfficeStartError } from './office-start-error';

export { OfficeStartError } from './office-start-error';

export interface OfficeStartOptions {
  /** The PostgreSQL connection string: it stays in this process and is never printed. */
  pg: string;
  listen: { host: string; port: number };
  certFile?: string | undefined;
  keyFile?: string | undefined;
  /** Where the self-signed certificate is kept between starts. */
  stateDir: string;
  rendererDir: string;
  /** Where the start-up lines and the access log go. */
  print: (line: string) => void;
}

/** `host:port`, `[v6]:port` or `:port` (all addresses); the port may be 0 for any free one. */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || port > 65535)
    throw new OfficeStartError(`--listen takes host:port (for example 0.0.0.0:4318), not “${value}”`, 2);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}

async function openOfficeBackend(pg: string): Promise<Backend> {
  try {
    return await openBackend({ pg, transport: 'http' });
  } catch (error) {
    const reason = error instanceof DatabaseOpenError ? error.message : (error as Error).message;
    // A driver's message names the user and host at most; the password is taken out in any case.
    const password = safePassword(pg);
    const said = password ? reason.split(password).join('***') : reason;
    throw new OfficeStartError(`${redacted(pg)}: cannot open the database (${said})`);
  }
}

function safePassword(connection: string): string {
  try {
    return decodeURIComponent(new URL(connection).password);
  } catch {
    return '';
  }
}

function listen(server: Server, { host, port }: { host: string; port: number }): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new OfficeStartError(
          error.code === 'EADDRINUSE'
            ? `${host}:${port} is in use; choose another address with --listen`
            : `cannot listen on ${host}:${port}: ${error.message}`,
        ),
      ),
    );
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Starts the office server: the certificate (the office's, or a self-signed one made on first start),
 * the backend on PostgreSQL, TLS on the office network. Prints where it listens, which database it
 * serves (without its password) and the certificate's SHA-256 fingerprint for clients to confirm.
 * Returns a function that stops it.
 */
export async function startOfficeServer(options: OfficeStartOptions): Promise<() => Promise<void>> {
  if (!existsSync(resolve(options.rendererDir, 'index.html')))
    throw new OfficeStartError('the renderer is not built: run `npm run build` first');
  const certificate = await officeCertificate({
    certFile: options.certFile,
    keyFile: options.keyFile,
    stateDir: options.stateDir,
    listenHost: options.listen.host,
  });
  const backend = await openOfficeBackend(options.pg);
  const server = createOfficeServer({
    backend,
    rendererDir: options.rendererDir,
    tls: certificate,
    log: options.print,
  });
  let port: number;
  try {
    port = await listen(server, options.listen);
  } catch (error) {
    await backend.close();
    throw error;
  }
  const shownHost = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  const origin = {
    given: 'the office’s',
    made: 'self-signed, made now',
    kept: 'self-signed',
  }[certificate.origin];
  options.print(`Nadzor office server at https://${shownHost}:${port}/`);
  options.print(`database: ${redacted(options.pg)}`);
  options.print(`certificate: ${origin}, ${resolve(certificate.certFile)}`);
  options.print(`SHA-256 fingerprint: ${certificate.fingerprint}`);
  return async () => {
    server.close();
    server.closeAllConnections();
    await backend.close();
  };
}
