import { Flex, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../shared/domain/accounts';
import { api } from '../api';
import { SessionContext, type SessionState } from './session';
import { sessionToken } from './session-token';

/**
 * Shows the signed-in shell only to a signed-in session; everyone else gets the first-start, sign-in
 * or unlock screen. The UI language follows the status: the user's own, or this computer's last one.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.auth.status({});
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.state === 'signedOut' || result.value.state === 'setup') sessionToken.clear();
    await i18n.changeLanguage(result.value.language);
    setError(null);
    setStatus(result.value);
  }, [i18n]);

  useEffect(() => {
    // The first status arrives asynchronously; the state is set in its callback, not in the effect body.
    void Promise.resolve().then(refresh);
  }, [refresh]);

  const session = useMemo<SessionState | null>(
    () =>
      status?.state === 'signedIn'
        ? {
            user: status.user,
            idleMinutes: status.idleMinutes,
            refresh,
            signOut: async () => {
              await api.auth.logout({});
              sessionToken.clear();
              await refresh();
            },
            lock: async () => {
              await api.auth.lock({});
              await refresh();
            },
          }
        : null,
    [status, refresh],
  );

  if (error) return <Result status="error" title={t('app.name')} subTitle={error} />;
  if (!status) {
    return (
      <Flex align="center" justify="center" style={{ height: '100%' }}>
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  if (!session) return <Result status="403" title={t('app.name')} subTitle={t('errors.auth.signedOut')} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
