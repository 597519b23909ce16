import { ipcMain } from 'electron';
import { z } from 'zod';
import type { Backend } from '../../backend/types';
import { callChannel } from '../../shared/api/bridge';
import type { CallMeta } from '../../shared/api/client';
import { language } from '../../shared/domain/fields';
import { defaultLanguage, translate } from '../../shared/i18n';
import { fail, type Result } from '../../shared/result';

const callMeta = z.object({ language, session: z.string().max(200).optional() });

/**
 * The single IPC entry point. Main adds no rules of its own: it refuses callers that are not the app's
 * own page, and hands everything else to `backend.dispatch`, which validates the payload against the
 * contract — the same path the local HTTP host uses.
 */
export function handleCalls(backend: Backend, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(
    callChannel,
    async (event, method: unknown, payload: unknown, meta: unknown): Promise<Result<unknown>> => {
      // Only the language and the session token travel in meta; anything malformed counts as signed out.
      const parsedMeta = callMeta.safeParse(meta);
      const safeMeta: CallMeta = parsedMeta.success ? parsedMeta.data : { language: defaultLanguage };

      const frameUrl = event.senderFrame?.url;
      if (!frameUrl || !isAppUrl(frameUrl)) {
        console.warn(`nadzor: refused an IPC call from ${frameUrl ?? 'a destroyed frame'}`);
        return fail({ code: 'unauthorized', message: translate(safeMeta.language, 'errors.unauthorized') });
      }
      try {
        return await backend.dispatch(
          typeof method === 'string' ? method : String(method),
          payload,
          safeMeta,
        );
      } catch (error) {
        // dispatch reports API errors as results; a throw here is a bug, so say so without details.
        console.error(`nadzor: ${String(method)} failed`, error);
        return fail({ code: 'internal', message: translate(safeMeta.language, 'errors.internal') });
      }
    },
  );
}
