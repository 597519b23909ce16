import { utilityProcess } from 'electron';
import type { BackendProcessOptions } from '../backend-process/open-database';
import type { RestoreOffer, ToBackend, ToMain } from '../backend-process/messages';
import { remoteBackend, type RemoteBackend } from '../backend-process/remote-backend';

/** Why the backend process could not open the database, with the fields that word it for the user. */
export class BackendStartError extends Error {
  constructor(
    message: string,
    readonly key?: string,
    readonly params?: Record<string, unknown>,
    /** A damaged database's latest good backup, and how to put it back (resolves to the kept file). */
    readonly restoreOffer?: RestoreOffer & { restore(): Promise<string> },
    /** Ends the refused backend process (it waits for the restore a damaged file may be offered). */
    readonly end: () => void = () => {},
  ) {
    super(message);
  }
}

/**
 * Forks the backend process (out/main/backend.js, built from electron/backend-process/index.ts) on the
 * database `options` name, and resolves once it has opened it. `onLost` is told if the process ends
 * while the app still runs; the calls then waiting are answered with the internal error.
 */
export function startBackendProcess(
  entry: string,
  options: BackendProcessOptions,
  onLost: (code: number) => void,
): Promise<RemoteBackend> {
  const child = utilityProcess.fork(entry, [JSON.stringify(options)], {
    serviceName: 'Nadzor backend',
    stdio: 'inherit',
  });
  const remote = remoteBackend({
    post: (message: ToBackend) => child.postMessage(message),
    listen: (handler) => child.on('message', (message: ToMain) => handler(message)),
  });
  // Closing ends the process on purpose: that exit is not a loss.
  let closing = false;
  const backend: RemoteBackend = {
    ...remote,
    close: () => {
      closing = true;
      return remote.close();
    },
  };
  return new Promise((resolve, reject) => {
    let started = false;
    child.on('message', (message: ToMain) => {
      if (message.kind === 'started') {
        started = true;
        resolve(backend);
      } else if (message.kind === 'failed') {
        const { message: text, key, params } = message.error;
        const offer = message.offer && { ...message.offer, restore: () => restoreThrough(child) };
        reject(new BackendStartError(text, key, params, offer, () => child.kill()));
      }
    });
    child.once('exit', (code) => {
      backend.lost();
      if (started && !closing) onLost(code);
      else reject(new BackendStartError(`the backend process ended (${code}) before opening the database`));
    });
  });
}

/** Asks the failed backend process to put its offered backup back; resolves to the kept damaged file. */
function restoreThrough(child: Electron.UtilityProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const answer = (message: ToMain) => {
      if (message.kind === 'restored') resolve(message.keptAs);
      else if (message.kind === 'restoreFailed') reject(new Error(message.message));
      else return;
      child.off('message', answer);
    };
    child.on('message', answer);
    child.postMessage({ kind: 'restore' } satisfies ToBackend);
  });
}
