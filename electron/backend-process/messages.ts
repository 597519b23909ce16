import type { Backend } from '../../backend/types';
import type { CallMeta } from '../../shared/api/client';
import type { Result } from '../../shared/result';

/** The latest good backup of a damaged database: when it was made, and how many cases it holds. */
export interface RestoreOffer {
  at: string;
  cases: number;
}

/** A committed change as the backend announces it to a watching session. */
export type ChangeEvent = Parameters<Parameters<Backend['watchChanges']>[1]['change']>[0];

/** From the main process to the backend process. */
export type ToBackend =
  | { kind: 'call'; id: number; method: string; payload: unknown; meta: Partial<CallMeta> | undefined }
  | { kind: 'watch'; id: number; meta: Partial<CallMeta> | undefined }
  | { kind: 'unwatch'; id: number }
  | { kind: 'close' }
  /** After a refused damaged database: put back the latest good backup the failure offered. */
  | { kind: 'restore' };

/** From the backend process to the main process. */
export type ToMain =
  /** The database is open: calls may come. */
  | { kind: 'started' }
  /**
   * It could not be opened; `key`/`params` word it in the user's language (db/open-errors.ts). A
   * damaged file comes with the latest good backup that could replace it, if there is one.
   */
  | {
      kind: 'failed';
      error: { key?: string; params?: Record<string, unknown>; message: string };
      offer?: RestoreOffer;
    }
  /** The offered backup is back in place (`keptAs`: the damaged file, kept); or why it is not. */
  | { kind: 'restored'; keptAs: string }
  | { kind: 'restoreFailed'; message: string }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'watching'; id: number; result: Result<null> }
  | { kind: 'change'; id: number; event: ChangeEvent }
  | { kind: 'ended'; id: number }
  /** The database is closed (its WAL checkpointed): the process may be ended. */
  | { kind: 'closed' };

/**
 * One end of the channel between the two processes: Electron's utility-process port in the app, a
 * worker_threads MessagePort in tests. Messages are structured-cloned, never shared.
 */
export interface Port<Out, In> {
  post(message: Out): void;
  listen(handler: (message: In) => void): void;
}
