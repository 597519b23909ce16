import type { ChangeEvent } from '../db/changes';
import type { Store } from '../db/ports';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { CallMeta } from '../shared/api/client';
import { hasCapability } from '../shared/domain/accounts';
import { defaultLanguage, translate } from '../shared/i18n';
import { fail, ok, type Result } from '../shared/result';
import type { SessionStore } from './auth/sessions';
import { idleMinutesSetting } from './services/idle-minutes';

/** Delivers change events to `listener` until the returned function is called or `ended` fires. */
export type WatchChanges = (
  meta: Partial<CallMeta> | undefined,
  listener: { change: (event: ChangeEvent) => void; ended: () => void },
) => Promise<Result<() => void>>;

/**
 * Change events for one signed-in session: refused without a session that may read (signed out,
 * locked, disabled, password to replace, or a role without reading), and ended as soon as the session
 * no longer may (signed out or locked later), so nothing is announced to a window left behind.
 */
export function watchChanges(store: Store, sessions: SessionStore): WatchChanges {
  const watch: WatchChanges = async (meta, listener) => {
    const language = meta?.language ?? defaultLanguage;
    const refused = () =>
      fail({ code: 'unauthenticated' as const, message: translate(language, 'errors.auth.signedOut') });
    const token = typeof meta?.session === 'string' ? meta.session : undefined;
    const idleMinutes = await store.read(idleMinutesSetting);
    const found = await sessions.findWithUser(token, idleMinutes);
    if (!found || found.session.locked) return refused();
    const { user } = found;
    if (!user || user.disabled || user.mustChangePassword) return refused();
    // Hearing of changes tells what was changed: only a role that may read cases hears it.
    if (!hasCapability(user.role, 'read')) return refused();

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
      const still = await sessions.find(token, idleMinutes).catch(() => null);
      if (stopped) return;
      if (!still || still.locked) {
        stop();
        listener.ended();
        return;
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
