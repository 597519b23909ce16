import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionInfo } from '../../../shared/domain/connection';

/**
 * Which database this window works on, as the desktop app's main process says (`connection.get`);
 * null in a page a server serves, which has no connection of its own to choose.
 */
export const ConnectionContext = createContext<ConnectionInfo | null>(null);

export const useConnection = () => useContext(ConnectionContext);

/**
 * The line under every screen saying where the data are: on this computer, or on the office server.
 * None where the window has no database of its own yet (the first start, a changed certificate) or is
 * a page the office server serves, so it never claims "this computer" for data that are elsewhere.
 */
export function useWhereDataIs(): string | null {
  const { t } = useTranslation();
  const connection = useConnection();
  if (connection?.mode === 'local') return t('app.offline');
  if (connection?.mode === 'office') return t('app.officeData', { address: connection.address });
  return null;
}
