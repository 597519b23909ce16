import type { Store, UserAccount } from '../../../db/ports';
import { DomainError } from '../../errors';
import { afterFailure, isLocked } from '../../auth/lockout';
import { verifyPassword } from '../../auth/password';

/** Verified against when the login is unknown, so a wrong login takes as long as a wrong password. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const clock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

const lockedError = (until: string) =>
  new DomainError('rule_violation', 'errors.auth.accountLocked', { until: clock(until) });

/**
 * Checks a password for an account, keeping the failed-attempt count: the fifth wrong password in a
 * row locks the account for 15 minutes, and a locked account is refused even with the right password.
 */
export async function checkPassword(
  store: Store,
  user: UserAccount,
  password: string,
  now: Date,
): Promise<void> {
  if (isLocked(user, now)) throw lockedError(user.lockedUntil!);
  if (await verifyPassword(password, user.passwordHash)) return;
  const next = afterFailure(user, now);
  await store.bookkeep((b) => b.failed(user.id, next.failedAttempts, next.lockedUntil));
  if (next.lockedUntil) throw lockedError(next.lockedUntil);
  throw new DomainError('rule_violation', 'errors.auth.wrongPassword');
}

/** Finds the account a login screen names, or refuses without saying whether the login exists. */
export async function signInAccount(
  store: Store,
  login: string,
  password: string,
  now: Date,
): Promise<UserAccount> {
  const user = await store.read((r) => r.users.byLogin(login.trim()));
  if (!user) {
    await verifyPassword(password, DECOY_HASH);
    throw new DomainError('rule_violation', 'errors.auth.wrongCredentials');
  }
  try {
    await checkPassword(store, user, password, now);
  } catch (error) {
    if (error instanceof DomainError && error.key === 'errors.auth.wrongPassword')
      throw new DomainError('rule_violation', 'errors.auth.wrongCredentials');
    throw error;
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled) throw new DomainError('rule_violation', 'errors.auth.disabled');
  await store.bookkeep((b) => b.succeeded(user.id, now.toISOString()));
  return user;
}
