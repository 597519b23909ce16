import type { Backend } from '../../backend/types';
import type { CallMeta } from '../../shared/api/client';
import { defaultLanguage, translate } from '../../shared/i18n';
import { fail, ok, type Result } from '../../shared/result';
import type { ChangeEvent, Port, ToBackend, ToMain } from './messages';

interface Watch {
  meta: Partial<CallMeta> | undefined;
  /** Whether the backend process said it watches (before that, `started` is still to be called). */
  running: boolean;
  listener: { change: (event: ChangeEvent) => void; ended: () => void };
  started: (result: Result<() => void>) => void;
}

/** The main process's stand-in for the backend running in the backend process. */
export interface RemoteBackend extends Backend {
  /**
   * The backend process is gone: every call still waiting is answered with the internal error and
   * every change stream ends, so no window waits for an answer that will never come.
   */
  lost(): void;
}

/**
 * A Backend whose every call crosses `port` to the backend process (electron/backend-process/index.ts) and
 * back: the same interface the IPC glue used when the backend lived in the main process.
 */
export function remoteBackend(port: Port<ToBackend, ToMain>): RemoteBackend {
  let nextId = 1;
  const calls = new Map<
    number,
    { meta: Partial<CallMeta> | undefined; answer: (result: Result<unknown>) => void }
  >();
  const watches = new Map<number, Watch>();
  let closed: (() => void) | null = null;
  let gone = false;

  const unanswerable = (meta: Partial<CallMeta> | undefined) =>
    fail({ code: 'internal', message: translate(meta?.language ?? defaultLanguage, 'errors.internal') });

  port.listen((message) => {
    switch (message.kind) {
      case 'result': {
        const call = calls.get(message.id);
        calls.delete(message.id);
        return call?.answer(message.result);
      }
      case 'watching': {
        const watch = watches.get(message.id);
        if (!watch) return;
        if (!message.result.ok) {
          watches.delete(message.id);
          return watch.started(message.result);
        }
        watch.running = true;
        return watch.started(
          ok(() => {
            if (watches.delete(message.id)) port.post({ kind: 'unwatch', id: message.id });
          }),
        );
      }
      case 'change':
        return watches.get(message.id)?.listener.change(message.event);
      case 'ended': {
        const watch = watches.get(message.id);
        watches.delete(message.id);
        return watch?.listener.ended();
      }
      case 'closed':
        return closed?.();
      default:
        return;
    }
  });

  return {
    dispatch: (method, payload, meta) => {
      if (gone) return Promise.resolve(unanswerable(meta));
      return new Promise((answer) => {
        const id = nextId++;
        calls.set(id, { meta, answer });
        port.post({ kind: 'call', id, method, payload, meta });
      });
    },
    watchChanges: (meta, listener) => {
      if (gone) return Promise.resolve(unanswerable(meta));
      return new Promise((started) => {
        const id = nextId++;
        watches.set(id, { meta, running: false, listener, started });
        port.post({ kind: 'watch', id, meta });
      });
    },
    close: () => {
      if (gone) return Promise.resolve();
      return new Promise((resolve) => {
        closed = resolve;
        port.post({ kind: 'close' });
      });
    },
    lost: () => {
      gone = true;
      for (const { meta, answer } of calls.values()) answer(unanswerable(meta));
      calls.clear();
      for (const watch of watches.values())
        if (watch.running) watch.listener.ended();
        else watch.started(unanswerable(watch.meta));
      watches.clear();
      closed?.();
    },
  };
}
