import { ipcMain } from 'electron';
import { z } from 'zod';
import type { Backend } from '../../backend/types';
import { callChannel, followChannel, unfollowChannel } from '../../shared/api/bridge';
import type { CallMeta } from '../../shared/api/client';
import { language } from '../../shared/domain/fields';
import { defaultLanguage, translate } from '../../shared/i18n';
import { fail, type Result } from '../../shared/result';
import { ChangeStreams } from './change-streams';

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

/**
 * Committed changes for the app's own page, as the HTTP hosts stream them: on the office server's
 * database that is how other users' changes reach this window. A frame that is not the app's gets
 * nothing; a closed window's streams end with it.
 */
export function serveChangeStreams(backend: Backend, isAppUrl: (url: string) => boolean): void {
  const streams = new ChangeStreams(backend.watchChanges);
  const watchedWindows = new Set<number>();
  ipcMain.on(followChannel, (event, stream: unknown, meta: unknown) => {
    const frameUrl = event.senderFrame?.url;
    const parsedMeta = callMeta.safeParse(meta);
    if (!frameUrl || !isAppUrl(frameUrl) || !Number.isSafeInteger(stream) || !parsedMeta.success) return;
    const sender = event.sender;
    if (!watchedWindows.has(sender.id)) {
      watchedWindows.add(sender.id);
      const id = sender.id;
      sender.once('destroyed', () => {
        watchedWindows.delete(id);
        streams.stopAll(id);
      });
    }
    void streams.follow(sender, stream as number, parsedMeta.data);
  });
  ipcMain.on(unfollowChannel, (event, stream: unknown) => {
    if (Number.isSafeInteger(stream)) streams.stop(event.sender.id, stream as number);
  });
}
