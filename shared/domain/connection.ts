import { z } from 'zod';

/** The office server's port when the address names none (the server's own default, docs/office.md). */
export const OFFICE_PORT = 4318;

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostName = new RegExp(`^${label}(?:\\.${label})*$`);
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const ipv6 = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * `host`, `host:port`, `[v6]:port`, with or without `https://` and a trailing `/`, as a person copies
 * it from the server's start-up line; `host:port` (the port 4318 when none is given), or null.
 */
export function normaliseAddress(typed: string): string | null {
  const bare = typed
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/$/, '');
  const match = /^(?:\[([^\]]+)\]|([^:[\]/]+))(?::(\d{1,5}))?$/.exec(bare);
  if (!match) return null;
  const port = match[3] === undefined ? OFFICE_PORT : Number(match[3]);
  if (port < 1 || port > 65535) return null;
  if (match[1] !== undefined) return ipv6.test(match[1]) ? `[${match[1].toLowerCase()}]:${port}` : null;
  const host = match[2]!;
  // Digits and dots only is an IPv4 address or nothing (999.1.1.1 is no host name).
  const valid = /^[\d.]+$/.test(host) ? ipv4.test(host) : hostName.test(host);
  if (!valid) return null;
  return `${host.toLowerCase()}:${port}`;
}

/** Where the office server listens, as typed; read as `host:port`. */
export const officeAddress = z
  .string({ error: 'errors.required' })
  .max(300, { error: 'errors.connection.address' })
  .transform((typed, ctx) => {
    const address = normaliseAddress(typed);
    if (address === null) {
      ctx.addIssue({
        code: 'custom',
        message: typed.trim() ? 'errors.connection.address' : 'errors.required',
      });
      return z.NEVER;
    }
    return address;
  });

/** A certificate's SHA-256 fingerprint as the server prints it and Node reads it: `3F:A1:…:9C`. */
export const certificateFingerprint = z
  .string()
  .regex(/^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/, { error: 'errors.connection.fingerprint' });

/** What the person chose at the first start: this computer's SQLite file, or the office server. */
export const connectionChoice = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }).strict(),
  z
    .object({ mode: z.literal('office'), address: officeAddress, fingerprint: certificateFingerprint })
    .strict(),
]);
export type ConnectionChoice = z.output<typeof connectionChoice>;

/**
 * How the office server answers now: `unreachable` (no answer: the banner shows, the client tries
 * again by itself), `certificate_changed` (it presents another certificate than the confirmed one:
 * every call is refused until the administrator sorts it out).
 */
export type OfficeStatus = 'online' | 'unreachable' | 'certificate_changed';

/** What `connection.get` tells the window: which database it works on. No secrets. */
export type ConnectionInfo =
  /** First start: nothing chosen yet; `problem` says why a saved choice could not be read. */
  | { mode: null; problem?: string }
  | { mode: 'local' }
  | { mode: 'office'; address: string; fingerprint: string; status: OfficeStatus };

/** `AB:CD:…` in lines of eight bytes, the way the fingerprint is read out and compared. */
export function fingerprintLines(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 8) lines.push(bytes.slice(at, at + 8).join(':'));
  return lines;
}
