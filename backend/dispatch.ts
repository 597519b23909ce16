import { z } from 'zod';
import type { CallMeta } from '../shared/api/client';
import { contract, type MethodName } from '../shared/api/contract';
import { accessOf } from '../shared/api/permissions';
import { hasCapability, userActor } from '../shared/domain/accounts';
import { language } from '../shared/domain/fields';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, ok, type ApiError, type ErrorCode, type Result } from '../shared/result';
import { checkInput, toFieldIssues } from '../shared/validation';
import type { SessionStore } from './auth/sessions';
import type { CallerSession, HandlerContext } from './context';
import { DatabaseBusyError } from '../db/busy';
import { DatabaseDiskError } from '../db/disk-errors';
import { isDatabaseUnavailable } from '../db/unavailable';
import { DomainError } from './errors';
import type { Handler, Handlers } from './handlers/handler';
import { idleMinutesSetting } from './services/idle-minutes';

const metaSchema = z
  .object({ language, session: z.string().max(200) })
  .partial()
  .passthrough();

export type Dispatch = (
  method: string,
  payload: unknown,
  meta: Partial<CallMeta> | undefined,
) => Promise<Result<unknown>>;

/** Methods a locked session may still call: to unlock, or to give up and sign out. */
const WHILE_LOCKED = new Set<string>(['auth.status', 'auth.unlock', 'auth.logout']);
/** Methods open to someone whose password was reset and must be replaced first. */
const BEFORE_NEW_PASSWORD = new Set<string>([
  ...WHILE_LOCKED,
  'auth.lock',
  'auth.keepAlive',
  'auth.changePassword',
  'settings.setLanguage',
]);
/** Polls of a running job say nothing about a person at the keyboard: they do not hold off the idle lock. */
const POLLS = new Set<string>(['cases.importProgress', 'reports.pdfProgress']);

type Base = Omit<HandlerContext, 'language' | 'caller' | 'actor'> & { sessions: SessionStore };

/**
 * The single entry to the backend for every transport: checks the method exists and that the caller
 * may call it (deny by default: a method without a permission entry is refused), validates the payload
 * against the contract before any handler runs, and turns every failure into a result with a stable
 * code and a message in the caller's language. Nothing thrown escapes.
 */
export function createDispatch(handlers: Handlers, base: Base, log = console.error): Dispatch {
  const { sessions, ...rest } = base;
  return async (method, payload, meta) => {
    const parsedMeta = metaSchema.safeParse(meta ?? {});
    const lang = (parsedMeta.success ? parsedMeta.data.language : undefined) ?? defaultLanguage;
    const token = parsedMeta.success ? parsedMeta.data.session : undefined;
    const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
    const refuse = (code: ErrorCode, key: string, params?: Record<string, string | number>) =>
      fail({ code, message: t(key, params) });

    const access = accessOf(method);
    if (access === undefined) return refuse('unknown_method', 'errors.unknownMethod', { method });

    try {
      const idleMinutes = await base.store.read(idleMinutesSetting);
      const caller: CallerSession = { sessions, token, user: null, idleMinutes };
      if (access !== 'anyone') {
        // The session and its user in one look (one statement on PostgreSQL); the idle minutes above
        // are kept in the server's memory there until a setting changes (db/postgres/settings-cache.ts).
        const found = await sessions.findWithUser(token, idleMinutes);
        if (!found) return refuse('unauthenticated', 'errors.auth.signedOut');
        const { session, user } = found;
        if (!user || user.disabled) {
          if (token) await sessions.close(token);
          return refuse('unauthenticated', 'errors.auth.signedOut');
        }
        if (session.locked && !WHILE_LOCKED.has(method))
          return refuse('session_locked', 'errors.auth.locked');
        if (user.mustChangePassword && !BEFORE_NEW_PASSWORD.has(method))
          return refuse('password_change_required', 'errors.auth.passwordChangeRequired');
        if (access !== 'signedIn' && !hasCapability(user.role, access))
          return refuse('forbidden', 'errors.auth.forbidden');
        if (!session.locked && !POLLS.has(method)) await sessions.touch(session);
        caller.user = user;
      }

      const spec = contract[method as MethodName];
      const parsed = checkInput(spec.input, payload ?? {});
      if (!parsed.success) {
        return fail({
          code: 'invalid_input',
          message: t('errors.invalidInput'),
          issues: toFieldIssues(parsed.error, t),
        });
      }
      const handler = handlers[method as MethodName] as Handler<MethodName>;
      const actor = caller.user ? userActor(caller.user.login) : 'anonymous';
      return ok(await handler(parsed.data as never, { ...rest, caller, actor, language: lang }));
    } catch (error) {
      return fail(toApiError(error, t, log, method));
    }
  };
}

function toApiError(
  error: unknown,
  t: (key: string, params?: Record<string, string | number>) => string,
  log: (...args: unknown[]) => void,
  method: string,
): ApiError {
  if (error instanceof DomainError) {
    const issues = error.issues.map((i) => ({ ...i, message: t(i.key, i.params) }));
    return {
      code: error.code,
      message: t(error.key, error.params),
      key: error.key,
      ...(Object.keys(error.params).length ? { params: error.params } : {}),
      ...(issues.length ? { issues } : {}),
    };
  }
  if (error instanceof DatabaseBusyError) {
    log(`[nadzor] ${method}: ${error.message}; nothing was written`);
    return { code: 'database_busy', message: t('errors.databaseBusy') };
  }
  if (error instanceof DatabaseDiskError) {
    log(`[nadzor] ${method}: ${error.message} (${error.detail})`);
    return { code: error.code, message: t(error.key) };
  }
  if (isDatabaseUnavailable(error)) {
    // The caller may simply try again; the server's log says why, without a stack for each call.
    log(`[nadzor] ${method}: the database cannot be reached (${(error as Error).message})`);
    return { code: 'database_unavailable', message: t('errors.databaseUnavailable') };
  }
  log(`[nadzor] ${method} failed:`, error);
  return { code: 'internal', message: t('errors.internal') };
}
