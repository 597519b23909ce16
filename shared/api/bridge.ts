import type { Result } from '../result';
import type { CallMeta } from './client';
import type { MethodName } from './contract';

/**
 * The one IPC channel between the renderer and Electron's main process. Main checks the sender's
 * origin and hands every call to `backend.dispatch`, which validates the payload against the contract.
 */
export const callChannel = 'nadzor:call';
export type CallChannel = typeof callChannel;

/**
 * What the preload exposes as `window.nadzor`: one narrow function, never `ipcRenderer` itself.
 * Only type imports above, so the sandboxed preload bundle stays free of runtime dependencies.
 */
export interface NadzorBridge {
  call(method: MethodName, input: unknown, meta: CallMeta): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    /** Present only inside the Electron window; the browser build talks to the local HTTP host. */
    nadzor?: NadzorBridge;
  }
}
