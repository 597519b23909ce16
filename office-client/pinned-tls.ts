import { isIP } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';

/** How long a connection to the office server may take before the server counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** Why no connection to the office server could be used; the caller words it for the person. */
export class LinkError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'certificate_changed',
    readonly reason: string,
  ) {
    super(`${kind}: ${reason}`);
    this.name = 'LinkError';
  }
}

/** `host:port` or `[v6]:port` (as `normaliseAddress` gives it) as what `tls.connect` takes. */
export function splitAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(address);
  if (!match) throw new LinkError('unreachable', `not an address: ${address}`);
  return { host: match[1] ?? match[2]!, port: Number(match[3]) };
}

/**
 * A TLS connection to `address` whose certificate's SHA-256 fingerprint is `pinned` (or any, with
 * null: the first start's probe, which only reads it). The office's certificate is self-signed, so
 * no authority vouches for it: the fingerprint the person confirmed does. Node's own chain check is
 * therefore off (`rejectUnauthorized: false`) and replaced by the comparison below, made on
 * 'secureConnect' — the handshake is done (the server has proved it holds the certificate's key) and
 * nothing else has been written. The socket is handed to HTTP only after it passes, so a request
 * (its method, session, payload) never reaches a server with another certificate: on a mismatch the
 * socket is destroyed unused. Node's `checkServerIdentity` would not do: it runs only after a chain
 * check succeeded, which a self-signed certificate never passes.
 */
export function connectPinned(
  address: string,
  pinned: string | null,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<{ socket: TLSSocket; fingerprint: string }> {
  const { host, port } = splitAddress(address);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      // SNI takes a name, never an IP address.
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
    });
    const give = (error: LinkError) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    const timer = setTimeout(() => give(new LinkError('unreachable', 'no answer')), timeoutMs);
    const onError = (error: NodeJS.ErrnoException) =>
      give(new LinkError('unreachable', error.code ?? error.message));
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      if (!fingerprint) return give(new LinkError('unreachable', 'no certificate'));
      if (pinned !== null && fingerprint !== pinned)
        return give(new LinkError('certificate_changed', fingerprint));
      clearTimeout(timer);
      socket.off('error', onError);
      // Until HTTP takes the socket (its own listener then reports errors), one must not end the process.
      socket.on('error', () => undefined);
      resolve({ socket, fingerprint });
    });
  });
}

/**
 * The fingerprint the server at `address` presents, for the person to compare with the one the
 * server printed. Only a TLS handshake: no HTTP request, no session, no data is sent.
 */
export async function probeFingerprint(address: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<string> {
  const { socket, fingerprint } = await connectPinned(address, null, timeoutMs);
  socket.destroy();
  return fingerprint;
}
