import type { Transport } from '../../../shared/api/client';

/**
 * Whether the last call found the office server unreachable (the desktop app's main process answers
 * `unreachable` then, and tries the server again by itself). The connection gate shows its banner
 * while this is set, and clears it once `connection.get` says the server answers again.
 */
let unreachable = false;
const listeners = new Set<() => void>();

export const reachability = {
  get: (): boolean => unreachable,
  set: (next: boolean): void => {
    if (next === unreachable) return;
    unreachable = next;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Notes every `unreachable` answer, and every `certificate_changed` one (the gate then reads the
 * connection and shows the warning); the call's own screen still gets it, so its form stays open.
 */
export function watchReachability(transport: Transport): Transport {
  return async (method, input, meta) => {
    const result = await transport(method, input, meta);
    const code = result.ok ? null : result.error.code;
    if (code === 'unreachable' || code === 'certificate_changed') reachability.set(true);
    return result;
  };
}
