import { Alert } from 'antd';
import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionInfo } from '../../../shared/domain/connection';
import type { ErrorCode } from '../../../shared/result';
import { api } from '../api';
import { LoadFailed } from '../components/LoadFailed';
import { Loading } from '../components/Loading';
import { CertificateChangedScreen } from '../pages/connection/CertificateChangedScreen';
import { FirstStartScreen } from '../pages/connection/FirstStartScreen';
import { ConnectionContext } from './connection';
import { reachability } from './reachability';

/** How often the window asks again while the office server does not answer (the app itself tries it). */
const POLL_MS = 2_000;

/** A page served by a server (the office server, `npm run serve --db`): its server refuses the question. */
const SERVED = 'served';
/** How such a server refuses it: to a session signed out, locked (a page reloaded at the lock screen)… */
const SERVED_REFUSALS = new Set<ErrorCode>([
  'unauthenticated',
  'session_locked',
  'password_change_required',
  'not_available',
]);

/**
 * Before anything else, where this window's data is. At the desktop app's first start: the choice
 * (this computer, or the office server with its fingerprint confirmed); after it, the session gate
 * with which database it is. The gate reads the connection itself, not through the query cache: the
 * session gate empties that cache whenever no one is signed in, which must not take this screen away.
 * While the office server cannot be reached, a banner says so above whatever is open (forms stay as
 * they are) and goes away by itself once the server answers again.
 */
export function ConnectionGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<ConnectionInfo | typeof SERVED | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const unreachable = useSyncExternalStore(reachability.subscribe, reachability.get);

  const read = useCallback(async () => {
    const result = await api.connection.get({});
    if (result.ok) {
      setLoadError(null);
      setInfo(result.value);
      if (result.value.mode !== 'office' || result.value.status === 'online') reachability.set(false);
    } else if (SERVED_REFUSALS.has(result.error.code)) {
      setInfo(SERVED);
    } else setLoadError(result.error.message);
  }, []);

  useEffect(() => {
    void Promise.resolve().then(read);
  }, [read]);

  // A saved choice that could not be read is told in the words of the language the first start shows.
  const language = i18n.language;
  const unreadable = info !== null && info !== SERVED && info.mode === null && info.problem !== undefined;
  useEffect(() => {
    if (unreadable) void Promise.resolve().then(read);
  }, [unreadable, language, read]);

  const office = info !== null && info !== SERVED && info.mode === 'office' ? info : null;
  const waiting = office !== null && (unreachable || office.status !== 'online');
  useEffect(() => {
    if (!waiting) return;
    void Promise.resolve().then(read);
    const timer = setInterval(() => void read(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, read]);

  if (loadError) return <LoadFailed message={loadError} onRetry={() => void read()} />;
  if (info === null) return <Loading />;
  if (info === SERVED) return <>{children}</>;
  if (info.mode === null) return <FirstStartScreen problem={info.problem ?? null} onChosen={read} />;
  if (info.mode === 'office' && info.status === 'certificate_changed')
    return <CertificateChangedScreen address={info.address} />;
  const showBanner = info.mode === 'office' && (unreachable || info.status === 'unreachable');
  return (
    <ConnectionContext.Provider value={info}>
      {showBanner && (
        <Alert
          banner
          type="warning"
          role="alert"
          title={t('connection.banner.unreachable', { address: info.address })}
          style={{ position: 'sticky', top: 0, zIndex: 1100 }}
        />
      )}
      {children}
    </ConnectionContext.Provider>
  );
}
