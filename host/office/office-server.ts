import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Backend } from '../../backend/types';
import type { CallMeta } from '../../shared/api/client';
import { translate } from '../../shared/i18n';
import { refusal, requestLanguage, serveRequests, type ApiPolicy } from '../http-server';
import { withAccessLog } from './access-log';
import { PASSWORD_METHODS, SIGN_IN_LIMIT, SignInLimit } from './sign-in-limit';

/** Calls that carry a case file; every other call's body is small. */
const IMPORT_METHODS = new Set(['cases.importPreview', 'cases.importStart']);

/** 512 MB for an import file (a whole database); 1 MB for anything else. */
export const OFFICE_BODY_LIMITS = { import: 512 * 1024 * 1024, call: 1024 * 1024 };

export interface OfficeServerOptions {
  backend: Backend;
  rendererDir: string;
  tls: { cert: string; key: string };
  /** Where the access log goes, a line at a time. */
  log: (line: string) => void;
  now?: () => Date;
  signInLimit?: { attempts: number; minutes: number };
}

const clock = (at: Date) =>
  `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;

function languageOf(req: IncomingMessage, meta: Partial<CallMeta> | undefined) {
  const given = meta?.language;
  return given === 'ru' || given === 'kk' || given === 'en' ? given : requestLanguage(req);
}

/** Whether a client address is this computer: the only place the first administrator may be created from. */
export function isOnServer(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function officePolicy(backend: Backend, limit: SignInLimit, now: () => Date): ApiPolicy {
  return {
    // No per-start token: every client signs in with its own account, and the dispatcher asks for a
    // session on everything but finding out where one stands and signing in.
    admit: () => undefined,
    maxBodyBytes: (method) =>
      IMPORT_METHODS.has(method) ? OFFICE_BODY_LIMITS.import : OFFICE_BODY_LIMITS.call,
    call: async (req, method, input, meta) => {
      // On an empty database the first caller becomes the administrator: on the office network that
      // must be whoever runs the server, not the first computer to find it.
      if (method === 'auth.setupAdmin' && !isOnServer(req.socket.remoteAddress))
        return refusal(403, 'forbidden', translate(languageOf(req, meta), 'errors.auth.setupOnServer'));
      if (!PASSWORD_METHODS.has(method))
        return { status: 200, body: await backend.dispatch(method, input, meta) };
      const attempt = limit.take(req.socket.remoteAddress ?? 'unknown');
      if (!attempt.ok) {
        const message = translate(languageOf(req, meta), 'errors.auth.tooManySignIns', {
          until: clock(attempt.retryAt),
        });
        const seconds = Math.max(1, Math.ceil((attempt.retryAt.getTime() - now().getTime()) / 1000));
        return { ...refusal(429, 'too_many_requests', message), headers: { 'retry-after': String(seconds) } };
      }
      const body = await backend.dispatch(method, input, meta);
      // Only a wrong password counts: a sign-in the database could not even check (it was stopped) is
      // none, or people retrying through an outage would be kept out after it.
      if (body.ok || body.error.code === 'database_unavailable') attempt.release();
      return { status: 200, body };
    },
    watchChanges: backend.watchChanges,
  };
}

/**
 * The office server: the same renderer and backend as the local host, on the office network over TLS
 * only. Clients sign in with their own accounts (no start token), password checks are limited per
 * client address, bodies per call, and every request leaves one line in the access log.
 */
export function createOfficeServer(options: OfficeServerOptions): Server {
  const now = options.now ?? (() => new Date());
  const limit = new SignInLimit({ ...(options.signInLimit ?? SIGN_IN_LIMIT), now });
  const listener = serveRequests(options.rendererDir, officePolicy(options.backend, limit, now), {
    loopbackOnly: false,
  });
  return createServer(
    { cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' },
    withAccessLog(listener, options.log),
  );
}
