import { z } from 'zod';
import type { CallMeta } from '../shared/api/client';
import { contract, isMethodName, type MethodName } from '../shared/api/contract';
import { language } from '../shared/domain/fields';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, ok, type ApiError, type Result } from '../shared/result';
import { toFieldIssues } from '../shared/validation';
import type { HandlerContext } from './context';
import { DomainError } from './errors';
import type { Handler, Handlers } from './handlers/handler';

const metaSchema = z.object({ language }).partial().passthrough();

export type Dispatch = (
  method: string,
  payload: unknown,
  meta: Partial<CallMeta> | undefined,
) => Promise<Result<unknown>>;

/**
 * The single entry to the backend for every transport: checks the method exists, validates the payload
 * against the contract before any handler runs, and turns every failure into a result with a stable
 * code and a message in the caller's language. Nothing thrown escapes.
 */
export function createDispatch(
  handlers: Handlers,
  base: Omit<HandlerContext, 'language'>,
  log = console.error,
): Dispatch {
  return async (method, payload, meta) => {
    const parsedMeta = metaSchema.safeParse(meta ?? {});
    const lang = (parsedMeta.success ? parsedMeta.data.language : undefined) ?? defaultLanguage;
    const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);

    if (!isMethodName(method)) {
      return fail({ code: 'unknown_method', message: t('errors.unknownMethod', { method }) });
    }
    const parsed = contract[method].input.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail({
        code: 'invalid_input',
        message: t('errors.invalidInput'),
        issues: toFieldIssues(parsed.error, t),
      });
    }
    const handler = handlers[method] as Handler<MethodName>;
    try {
      return ok(await handler(parsed.data as never, { ...base, language: lang }));
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
    return { code: error.code, message: t(error.key, error.params), ...(issues.length ? { issues } : {}) };
  }
  log(`[nadzor] ${method} failed:`, error);
  return { code: 'internal', message: t('errors.internal') };
}
