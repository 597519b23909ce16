import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../../shared/domain/accounts';

/** The sign-in bookkeeping of one account. */
export interface LockState {
  failedAttempts: number;
  lockedUntil: string | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/**
 * After a wrong password: the fifth failure in a row locks the account for 15 minutes. Failures made
 * before a lock ran out start counting again from zero, so a lapsed lock gives five fresh attempts.
 */
export function afterFailure(state: LockState, now: Date): LockState {
  const lapsed = state.lockedUntil !== null && !isLocked(state, now);
  const attempts = (lapsed ? 0 : state.failedAttempts) + 1;
  if (attempts >= MAX_FAILED_ATTEMPTS) {
    return {
      failedAttempts: attempts,
      lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString(),
    };
  }
  return { failedAttempts: attempts, lockedUntil: null };
}
