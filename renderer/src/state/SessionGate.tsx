import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus, SignIn } from '../../../shared/domain/accounts';
import type { ApiError } from '../../../shared/result';
import { api } from '../api';
import { LoadFailed } from '../components/LoadFailed';
import { Loading } from '../components/Loading';
import { LockScreen } from '../pages/auth/LockScreen';
import { PasswordChangeScreen } from '../pages/auth/PasswordChangeScreen';
import { SetupScreen } from '../pages/auth/SetupScreen';
import { SignInScreen } from '../pages/auth/SignInScreen';
import { currentLanguage } from '../i18n/i18n';
import { markAllStale, queryClient } from '../query/client';
import { chosenLanguage } from './chosen-language';
import { SessionContext, type SessionState } from './session';
import { reachability } from './reachability';
import { announceUnlocked, onSessionRefusal } from './session-refusals';
import { sessionToken } from './session-token';
import { useIdleLock } from './useIdleLock';

const signedOut = (status: AuthStatus) => status.state === 'signedOut' || status.state === 'setup';

/**
 * Shows the signed-in shell only to a signed-in session with a password of their own; everyone else
 * gets the first-start, sign-in or new-password screen, and the shell is unmounted meanwhile, so
 * nothing of the data stays on the page. A lock hides the shell without unmounting it: the same
 * person's password brings back the screen as it was, a form half filled in included, while signing
 * out from the lock unmounts it. Any call refused for the session's sake (ended, locked, new password
 * due) makes the gate ask the backend where the session stands.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /**
   * Why the sign-in screen is shown again (a session ended under the person): the refusal as it came,
   * worded by the screen in whichever language is chosen there.
   */
  const [notice, setNotice] = useState<ApiError | null>(null);
  /** Each status read gets a number; only the latest one is shown, however the answers arrive. */
  const latest = useRef(0);
  /** The status shown, for `show` to know whom the next screen follows. */
  const shown = useRef<AuthStatus | null>(null);
  /** Whose shell is mounted: shown while they are signed in, hidden while their session is locked. */
  const [shellUser, setShellUser] = useState<number | null>(null);

  const show = useCallback(
    async (next: AuthStatus, reason: ApiError | null = null) => {
      latest.current += 1;
      // The shell unmounts: nothing read for this session may show to whoever opens it next.
      if (next.state !== 'signedIn' && next.state !== 'locked') queryClient.clear();
      if (signedOut(next)) sessionToken.clear();
      else chosenLanguage.forget();
      // A session that ends under its person (a lockout, a disabled account) says so in their
      // language, and the sign-in screen under the notice speaks it too.
      const someone = shown.current?.state === 'signedIn' || shown.current?.state === 'locked';
      const officeLanguage = someone ? currentLanguage() : next.language;
      await i18n.changeLanguage(signedOut(next) ? (chosenLanguage.get() ?? officeLanguage) : next.language);
      const unlocked = shown.current?.state === 'locked' && next.state === 'signedIn';
      shown.current = next;
      setShellUser((kept) =>
        next.state === 'signedIn' && !next.user.mustChangePassword
          ? next.user.id
          : next.state === 'locked' && kept === next.user.id
            ? kept
            : null,
      );
      if (next.state === 'signedIn') announceUnlocked();
      // The kept screen shows what was there at the lock: whatever changed meanwhile is read again.
      if (unlocked) void markAllStale();
      setNotice(next.state === 'signedOut' ? reason : null);
      setLoadError(null);
      setStatus(next);
    },
    [i18n],
  );

  const refresh = useCallback(
    async (reason: ApiError | null = null) => {
      const asked = ++latest.current;
      const result = await api.auth.status({});
      if (asked !== latest.current) return;
      if (result.ok) await show(result.value, reason);
      else setLoadError(result.error.message);
    },
    [show],
  );

  useEffect(() => {
    // The first status arrives asynchronously; the state is set in its callback, not in the effect body.
    void Promise.resolve().then(() => refresh());
    return onSessionRefusal((error) => void refresh(error.code === 'unauthenticated' ? error : null));
  }, [refresh]);

  // A status that could not be read because the office server was unreachable is read again by itself
  // once the server answers (the connection gate's banner goes at the same moment).
  useEffect(() => {
    if (!loadError) return;
    return reachability.subscribe(() => {
      if (!reachability.get()) void refresh();
    });
  }, [loadError, refresh]);

  const signIn = useCallback(
    async ({ session, status: next }: SignIn) => {
      sessionToken.set(session);
      // A language picked on the sign-in screen is this person's choice: it becomes their own.
      const chosen = chosenLanguage.get();
      if (chosen && chosen !== next.language) {
        const saved = await api.settings.setLanguage({ language: chosen });
        if (saved.ok) next = { ...next, language: saved.value.language };
      }
      await show(next);
    },
    [show],
  );

  const signOut = useCallback(async () => {
    const result = await api.auth.logout({});
    sessionToken.clear();
    if (result.ok) await show(result.value);
    else await refresh();
  }, [show, refresh]);

  const lock = useCallback(async () => {
    const result = await api.auth.lock({});
    if (result.ok) await show(result.value);
    else await refresh();
  }, [show, refresh]);

  const signedIn = status?.state === 'signedIn' ? status : null;
  useIdleLock(
    signedIn !== null,
    signedIn?.idleMinutes ?? 0,
    () => void lock(),
    // The backend's idle clock counts calls: tell it someone is at work while nothing else is called.
    () => {
      if (signedIn) void api.auth.keepAlive({});
    },
  );

  const open = status?.state === 'signedIn' || status?.state === 'locked' ? status : null;
  const shellShown = open !== null && open.user.id === shellUser;
  const session = useMemo<SessionState | null>(
    () =>
      open
        ? {
            user: open.user,
            idleMinutes: open.idleMinutes,
            locked: open.state === 'locked',
            refresh: () => refresh(),
            signOut,
            lock,
          }
        : null,
    [open, refresh, signOut, lock],
  );

  const hidden = shellShown && !signedIn;
  useEffect(() => {
    // What the shell opened on top of the page (a drawer, a dialog, a menu) lives outside it, in
    // the page's body: hidden with it (styles.css).
    document.body.classList.toggle('nadzor-locked', hidden);
    // A form the shell had open may hold the focus, which its hiding drops: the lock screen's field takes it.
    if (hidden) document.querySelector<HTMLElement>('#root input:not([type="hidden"])')?.focus();
  }, [hidden]);

  if (loadError) {
    return <LoadFailed message={loadError} onRetry={() => void refresh()} />;
  }
  if (!status) return <Loading />;
  return (
    <>
      {screenFor(status)}
      {shellShown && (
        // Hidden, not unmounted, under a lock: nothing shows or takes the focus, and nothing is lost.
        <div style={{ display: hidden ? 'none' : 'contents' }}>
          <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
        </div>
      )}
    </>
  );

  /** The screen for a status that is not the signed-in shell's; null for the shell's. */
  function screenFor(current: AuthStatus): ReactNode {
    switch (current.state) {
      case 'setup':
        return (
          <SetupScreen
            onSignedIn={signIn}
            onAlreadySetUp={(error) => refresh(error)}
            onLanguage={chosenLanguage.choose}
          />
        );
      case 'signedOut':
        return <SignInScreen notice={notice} onSignedIn={signIn} onLanguage={chosenLanguage.choose} />;
      case 'locked':
        return (
          <LockScreen
            user={current.user}
            onUnlocked={(next) => show(next)}
            onRefused={(error) => refresh(error)}
            onSignOut={signOut}
          />
        );
      case 'signedIn':
        if (current.user.mustChangePassword)
          return <PasswordChangeScreen onChanged={(next) => show(next)} onSignOut={signOut} />;
        return null;
    }
  }
}
