import type { Backend } from '../../backend/types';
import type { CallMeta } from '../../shared/api/client';
import { defaultLanguage, translate } from '../../shared/i18n';
import { fail, type Result } from '../../shared/result';
import type { Port, ToBackend, ToMain } from './messages';

/** What a call answers when the backend threw or its answer cannot cross to the main process. */
function internalError(meta: Partial<CallMeta> | undefined): Result<never> {
  return fail({ code: 'internal', message: translate(meta?.language ?? defaultLanguage, 'errors.internal') });
}

/**
 * The backend process's side: every call and change stream the main process sends is answered by
 * `backend`, so reading, writing, imports and PDFs run here and never on the window's process.
 */
export function serveBackend(backend: Backend, port: Port<ToMain, ToBackend>): void {
  const watching = new Map<number, () => void>();

  const call = async (message: Extract<ToBackend, { kind: 'call' }>) => {
    let result: Result<unknown>;
    try {
      result = await backend.dispatch(message.method, message.payload, message.meta);
    } catch (error) {
      // dispatch reports API errors as results; a throw is a bug, logged here and worded for the user.
      console.error(`nadzor: ${message.method} failed`, error);
      result = internalError(message.meta);
    }
    try {
      port.post({ kind: 'result', id: message.id, result });
    } catch (error) {
      console.error(`nadzor: the answer to ${message.method} could not be sent`, error);
      port.post({ kind: 'result', id: message.id, result: internalError(message.meta) });
    }
  };

  const watch = async ({ id, meta }: Extract<ToBackend, { kind: 'watch' }>) => {
    const watched = await backend.watchChanges(meta, {
      change: (event) => port.post({ kind: 'change', id, event }),
      ended: () => {
        if (watching.delete(id)) port.post({ kind: 'ended', id });
      },
    });
    if (!watched.ok) return port.post({ kind: 'watching', id, result: watched });
    watching.set(id, watched.value);
    port.post({ kind: 'watching', id, result: { ok: true, value: null } });
  };

  const unwatch = (id: number) => {
    const stop = watching.get(id);
    watching.delete(id);
    stop?.();
  };

  const close = async () => {
    for (const id of [...watching.keys()]) unwatch(id);
    await backend
      .close()
      .catch((error: unknown) => console.error('nadzor: closing the database failed', error));
    port.post({ kind: 'closed' });
  };

  port.listen((message) => {
    switch (message.kind) {
      case 'call':
        return void call(message);
      case 'watch':
        return void watch(message);
      case 'unwatch':
        return unwatch(message.id);
      case 'close':
        return void close();
    }
  });
}
