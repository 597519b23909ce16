import type { Result } from '../result';
import type { CallMeta } from './client';
import type { MethodName } from './contract';

/**
 * The one IPC channel between the renderer and Electron's main process. Main checks the sender's
 * origin and hands every call to `backend.dispatch`, which validates the payload against the contract.
 */
export const callChannel = 'nadzor:call';
export type CallChannel = typeof callChannel;

/** The renderer asks to hear committed changes (`follow`) and stops (`unfollow`); main answers on `changes`. */
export const followChannel = 'nadzor:follow';
export const unfollowChannel = 'nadzor:unfollow';
export const changesChannel = 'nadzor:changes';

/**
 * What main says about one followed stream: listening has begun (`ready`, after which every commit is
 * announced), a change of an entity (never its data), the stream `ended` (signed out, locked: follow
 * again), or it was `refused` (no session that may read).
 */
export type ChangeMessage =
  | { stream: number; kind: 'ready' | 'ended' | 'refused' }
  | { stream: number; kind: 'change'; entity: string };

/**
 * What the preload exposes as `window.nadzor`: one narrow function, never `ipcRenderer` itself.
 * Only type imports above, so the sandboxed preload bundle stays free of runtime dependencies.
 */
export interface NadzorBridge {
  call(method: MethodName, input: unknown, meta: CallMeta): Promise<Result<unknown>>;
  /** Hears committed changes for the session in `meta` until the returned function is called. */
  follow(meta: CallMeta, listener: (message: ChangeMessage) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron window; the browser build talks to the local HTTP host. */
    nadzor?: NadzorBridge;
  }
}
