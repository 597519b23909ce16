import type { ChangeEvent } from '../db/changes';
import type { Store } from '../db/ports';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { CallMeta } from '../shared/api/client';
import { hasCapability } from '../shared/domain/accounts';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, ok, type Result } from '../shared/result';
import type { SessionStore, SessionWithUser } from './auth/sessions';
import { idleMinutesSetting } from './services/idle-minutes';

/** Delivers change events to `listener` until the returned function is called or `ended` fires. */
export type WatchChanges = (
  meta: Partial<CallMeta> | undefined,
  listener: { change: (event: ChangeEvent) => void; ended: () => void },
) => Promise<Result<() => void>>;

/**
 * How long an office's open stream goes on delivering before it looks its session up again. Looked
 * up at every change, twenty open windows cost each edit twenty statements more, as many as the edit
 * and its two reads together (docs/scale.md); so a session signed out, locked or disabled through any
 * server stops hearing within this long, not at the next change.
 */
export const SESSION_RECHECK_MS = 5_000;

export interface WatchOptions {
  now: () => Date;
  /** How long a stream delivers before looking its session up again; 0 looks it up at every change. */
  recheckEveryMs: number;
}

/** Whether a session found (with its user) may hear of changes: signed in, unlocked, and may read. */
function mayHear(found: SessionWithUser | null): boolean {
  if (!found || found.session.locked) return false;
  const { user } = found;
  if (!user || user.disabled || user.mustChangePassword) return false;
  // Hearing of changes tells what was changed: only a role that may read cases hears it.
  return hasCapability(user.role, 'read');
}

/**
 * Change events for one signed-in session: refused without a session that may read (signed out,
 * locked, disabled, password to replace, or a role without reading), and ended once the session no
 * longer may (signed out, locked or disabled later): at the first change after `recheckEveryMs` from
 * its last look-up, so nothing is announced to a window left behind for longer than that.
 */
export function watchChanges(store: Store, sessions: SessionStore, options: WatchOptions): WatchChanges {
  const at = () => options.now().getTime();
  const watch: WatchChanges = async (meta, listener) => {
    const language = meta?.language ?? defaultLanguage;
    const token = typeof meta?.session === 'string' ? meta.session : undefined;
    const idleMinutes = await store.read(idleMinutesSetting);
    if (!mayHear(await sessions.findWithUser(token, idleMinutes)))
      return fail({ code: 'unauthenticated', message: translate(language, 'errors.auth.signedOut') });
    let checkedAt = at();

    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
    };
    // Each event waits for the one before it, so they arrive in order even when the session is
    // looked up in the database (an office); never touches the session (hearing is not activity).
    let delivered = Promise.resolve();
    const deliver = async (event: ChangeEvent) => {
      if (stopped) return;
      if (at() - checkedAt >= options.recheckEveryMs) {
        const still = await sessions.findWithUser(token, idleMinutes).catch(() => null);
        if (stopped) return;
        if (!mayHear(still)) {
          stop();
          listener.ended();
          return;
        }
        checkedAt = at();
      }
      listener.change(event);
    };
    const unsubscribe = await store.subscribe((event) => {
      delivered = delivered.then(() => deliver(event));
    });
    return ok(stop);
  };
  // A client opening its stream while the database cannot be reached is told so, as a call would be,
  // and tries again later by itself.
  return async (meta, listener) => {
    try {
      return await watch(meta, listener);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const language = meta?.language ?? defaultLanguage;
      return fail({
        code: 'database_unavailable',
        message: translate(language, 'errors.databaseUnavailable'),
      });
    }
  };
}
