import type { Store, UserAccount } from '../../../db/ports';
import type { HandlerContext } from '../../context';
import { DomainError } from '../../errors';
import { afterFailure, isLocked } from '../../auth/lockout';
import { decoyHash, verifyPassword } from '../../auth/password';
import { signInEvent } from '../../../shared/domain/sign-in-journal';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../../../shared/domain/accounts';

type SignInContext = Pick<HandlerContext, 'store' | 'now' | 'passwordCost'>;

const clock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

const lockedError = (until: string) =>
  new DomainError('rule_violation', 'errors.auth.accountLocked', { until: clock(until) });

/**
 * A wrong password of someone signed in (the lock screen, changing their own): the fifth in a row also
 * ends their session, so they are told how many tries are left and warned before the last one.
 */
const TRIES_LEFT = 'errors.auth.wrongPasswordLeft';
const LAST_TRY = 'errors.auth.wrongPasswordLast';
const wrongPasswordError = (failedAttempts: number) => {
  const left = MAX_FAILED_ATTEMPTS - failedAttempts;
  // `count` picks the plural form of the minutes.
  return new DomainError('rule_violation', left === 1 ? LAST_TRY : TRIES_LEFT, {
    left,
    count: LOCKOUT_MINUTES,
  });
};

/** The check running (or last queued) for each account of each open database. */
const checksInFlight = new WeakMap<Store, Map<number, Promise<unknown>>>();

/**
 * Runs one password check of an account at a time. A check reads the failed-attempt count, hashes
 * (which yields), then writes the count back: run side by side, twelve wrong passwords would all read
 * the same count and the fifth would never lock the account.
 */
function oneCheckAtATime<T>(store: Store, userId: number, check: () => Promise<T>): Promise<T> {
  let queues = checksInFlight.get(store);
  if (!queues) checksInFlight.set(store, (queues = new Map<number, Promise<unknown>>()));
  const queue = queues;
  const previous = queue.get(userId) ?? Promise.resolve();
  const result = previous.then(check, check);
  const tail = result.catch(() => undefined);
  queue.set(userId, tail);
  void tail.then(() => {
    if (queue.get(userId) === tail) queue.delete(userId);
  });
  return result;
}

/**
 * Checks a password for an account, keeping the failed-attempt count: the fifth wrong password in a
 * row locks the account for 15 minutes, and a locked account is refused even with the right password.
 * The count is read afresh inside the per-account queue, never taken from the `user` the caller holds;
 * `onRight` runs in the queue too, so what it records cannot interleave with another attempt.
 */
function check(
  ctx: SignInContext,
  user: UserAccount,
  password: string,
  onRight: (current: UserAccount, now: Date) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  return oneCheckAtATime(ctx.store, user.id, async () => {
    const now = ctx.now();
    const current = (await ctx.store.read((r) => r.users.byId(user.id))) ?? user;
    if (isLocked(current, now)) {
      await ctx.store.bookkeep((b) => b.journal(signInEvent(now, user.login, 'whileLocked', user.id)));
      throw lockedError(current.lockedUntil!);
    }
    if (await verifyPassword(password, current.passwordHash)) return onRight(current, now);
    const next = afterFailure(current, now);
    await ctx.store.bookkeep((b) => {
      b.failed(user.id, next.failedAttempts, next.lockedUntil);
      b.journal(signInEvent(now, user.login, next.lockedUntil ? 'lockedOut' : 'wrongPassword', user.id));
    });
    if (next.lockedUntil) throw lockedError(next.lockedUntil);
    throw wrongPasswordError(next.failedAttempts);
  });
}

/** The password check of the lock screen and of changing one's own password. */
export const checkPassword = (ctx: SignInContext, user: UserAccount, password: string): Promise<void> =>
  check(ctx, user, password);

/** Finds the account a login screen names, or refuses without saying whether the login exists. */
export async function signInAccount(
  ctx: SignInContext,
  login: string,
  password: string,
): Promise<UserAccount> {
  const user = await ctx.store.read((r) => r.users.byLogin(login.trim()));
  if (!user) {
    await verifyPassword(password, decoyHash(ctx.passwordCost));
    await ctx.store.bookkeep((b) => b.journal(signInEvent(ctx.now(), login, 'unknownLogin', null)));
    throw new DomainError('rule_violation', 'errors.auth.wrongCredentials');
  }
  try {
    await check(ctx, user, password, async (current, now) => {
      // Only someone who knows the password learns that the account is disabled.
      if (current.disabled) {
        await ctx.store.bookkeep((b) => b.journal(signInEvent(now, user.login, 'disabled', user.id)));
        throw new DomainError('rule_violation', 'errors.auth.disabled');
      }
      await ctx.store.bookkeep((b) => {
        b.succeeded(user.id, now.toISOString());
        b.journal(signInEvent(now, user.login, 'signedIn', user.id));
      });
    });
  } catch (error) {
    // The count of tries left would tell that the login exists.
    if (error instanceof DomainError && (error.key === TRIES_LEFT || error.key === LAST_TRY))
      throw new DomainError('rule_violation', 'errors.auth.wrongCredentials');
    throw error;
  }
  return user;
}
