import { createContext, useContext } from 'react';
import type { ConnectionInfo } from '../../../shared/domain/connection';

/**
 * Which database this window works on, as the desktop app's main process says (`connection.get`);
 * null in a page a server serves, which has no connection of its own to choose.
 */
export const ConnectionContext = createContext<ConnectionInfo | null>(null);

export const useConnection = () => useContext(ConnectionContext);
