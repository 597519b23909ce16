import { createContext, useContext } from 'react';
import { roleMay } from '../../../shared/api/permissions';
import type { MethodName } from '../../../shared/api/contract';
import type { Capability, SessionUser } from '../../../shared/domain/accounts';

/** The signed-in user and what the shell can do with the session. */
export interface SessionState {
  user: SessionUser;
  idleMinutes: number;
  /** The screen is hidden behind the lock (kept as it was for the same person's return). */
  locked: boolean;
  /** Asks the backend where the session stands again (after a refusal, or a change of one's own account). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  lock(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The session; only screens inside the signed-in shell use it. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

/** Whether the signed-in user's role has a capability: screens hide or disable what it would refuse. */
export function useCan(capability: Capability): boolean {
  return useSession().user.capabilities.includes(capability);
}

/** Whether the signed-in user may call one API method (the same table the backend enforces). */
export function useMay(method: MethodName): boolean {
  return roleMay(useSession().user.role, method);
}
