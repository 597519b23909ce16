import type { Transport } from '../../../shared/api/client';
import type { ApiError, ErrorCode } from '../../../shared/result';

/** Answers that say where the session stands rather than what is wrong with the call. */
const SESSION_REFUSALS = new Set<ErrorCode>([
  'unauthenticated',
  'session_locked',
  'password_change_required',
]);

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();

/** The session gate listens here; returns the way to stop listening. */
export function onSessionRefusal(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Calls refused while the session was locked, each waiting for the next unlock to be sent again. */
let waitingForUnlock: (() => void)[] = [];

/** The gate says the session is open again: every call refused while it was locked is sent again. */
export function announceUnlocked(): void {
  const waiting = waitingForUnlock;
  waitingForUnlock = [];
  for (const resume of waiting) resume();
}

/**
 * A call refused because the session ended, was locked or needs a new password tells the gate, which
 * re-reads the status and replaces the screen (sign-in, lock, new password). The screen that made the
 * call never receives that refusal: its call stays pending while the gate takes the screen away, so no
 * screen shows an error the gate already answers. A call refused by a lock is sent again once the
 * screen is unlocked, with the session it was made in (another person's sign-in does not take it
 * over), so a form saved as the lock came is saved then. The gate's own `auth.*` calls get their result.
 */
export function watchSessionRefusals(transport: Transport): Transport {
  const watched: Transport = async (method, input, meta) => {
    const result = await transport(method, input, meta);
    if (result.ok || !SESSION_REFUSALS.has(result.error.code)) return result;
    for (const listener of listeners) listener(result.error);
    // The gates' own calls get their result: the session gate's, and the connection gate's (a page a
    // server serves has no connection to choose, and its server refuses `connection.get` signed out).
    if (method.startsWith('auth.') || method.startsWith('connection.')) return result;
    if (result.error.code === 'session_locked') {
      await new Promise<void>((resume) => waitingForUnlock.push(resume));
      return watched(method, input, meta);
    }
    return new Promise<never>(() => {});
  };
  return watched;
}
