/*
 * The backend process: an Electron utility process that owns the database, so a long import or a PDF
 * never freezes the window. The main process forks it (electron/main/backend-process.ts) and forwards
 * the preload's calls to it; nothing else reaches it.
 */
import { startupRestoreFor } from '../../backend';
import type { Port, ToBackend, ToMain } from './messages';
import { openDatabase, type BackendProcessOptions } from './open-database';
import { serveBackend } from './serve-backend';

const parentPort = process.parentPort;
const port: Port<ToMain, ToBackend> = {
  post: (message) => parentPort.postMessage(message),
  listen: (handler) => parentPort.on('message', (event) => handler(event.data as ToBackend)),
};

/** The fields of a startup error that word it in the user's language (see db/open-errors.ts). */
function described(error: unknown): Extract<ToMain, { kind: 'failed' }>['error'] {
  const { key, params, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    key?: unknown;
    params?: unknown;
    message?: unknown;
  };
  return {
    ...(typeof key === 'string' ? { key } : {}),
    ...(typeof params === 'object' && params !== null ? { params: { ...params } } : {}),
    message: typeof message === 'string' ? message : String(error),
  };
}

const options = JSON.parse(process.argv.at(-1) ?? '{}') as BackendProcessOptions;
openDatabase(options).then(
  (backend) => {
    serveBackend(backend, port);
    port.post({ kind: 'started' });
  },
  (error: unknown) => {
    console.error('nadzor: the database could not be opened', error);
    const failure = described(error);
    // A damaged file was refused before anything wrote to it: offer its latest good backup, if any.
    const good =
      failure.key === 'errors.dbDamaged' ? startupRestoreFor(options.dbPath, options.nativeBinding) : null;
    if (!good) return port.post({ kind: 'failed', error: failure });
    port.listen((message) => {
      if (message.kind !== 'restore') return;
      good.restore().then(
        (done) => port.post({ kind: 'restored', keptAs: done.keptAs }),
        (reason: unknown) => port.post({ kind: 'restoreFailed', message: String(reason) }),
      );
    });
    port.post({ kind: 'failed', error: failure, offer: { at: good.backup.at, cases: good.holds.cases } });
  },
);
