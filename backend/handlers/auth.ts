import type { SignIn } from '../../shared/domain/accounts';
import { userActor } from '../../shared/domain/accounts';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { hashPassword, verifyPassword } from '../auth/password';
import { checkPassword, signInAccount } from '../services/accounts/sign-in';
import { statusOf } from '../services/accounts/views';
import type { Handlers } from './handler';
import { officeLanguage } from './settings';
import { signInEvent } from '../../shared/domain/sign-in-journal';

async function status(ctx: HandlerContext, token = ctx.caller.token) {
  const caller = { ...ctx.caller, token };
  const session = await caller.sessions.find(token, caller.idleMinutes);
  const [count, user, office] = await ctx.store.read(
    async (r) =>
      [
        await r.users.count(),
        session ? await r.users.byId(session.userId) : null,
        await officeLanguage(r),
      ] as const,
  );
  return statusOf(caller, session, user, count > 0, office);
}

async function signedIn(ctx: HandlerContext, userId: number): Promise<SignIn> {
  const session = await ctx.caller.sessions.open(userId);
  const shown = await status(ctx, session);
  if (shown.state !== 'signedIn') throw new Error(`a new session reads as ${shown.state}`);
  return { session, status: shown };
}

/** Locked out by wrong passwords while signed in: the session ends too, so the next person starts from the login. */
async function endSessionIfLockedOut(ctx: HandlerContext, check: Promise<void>): Promise<void> {
  try {
    await check;
  } catch (error) {
    if (error instanceof DomainError && error.key === 'errors.auth.accountLocked' && ctx.caller.token)
      await ctx.caller.sessions.close(ctx.caller.token);
    throw error;
  }
}

/** The signed-in caller; the dispatcher has already refused a call without one. */
const me = (ctx: HandlerContext) => {
  const { user } = ctx.caller;
  if (!user) throw new DomainError('unauthenticated', 'errors.auth.signedOut');
  return user;
};

export const authHandlers = {
  'auth.status': (_input, ctx) => status(ctx),

  'auth.setupAdmin': async ({ fullName, login, password }, ctx) => {
    const passwordHash = await hashPassword(password, ctx.passwordCost);
    // The check and the insert share one transaction: two first starts cannot both create an admin.
    const id = await ctx.store.write(userActor(login), async (tx) => {
      if ((await tx.users.count()) > 0) throw new DomainError('conflict', 'errors.auth.alreadySetUp');
      return tx.apply({ entity: 'user', action: 'user.create' }, (w) =>
        w.users.insert({
          login,
          fullName,
          role: 'admin',
          passwordHash,
          mustChangePassword: false,
          at: ctx.now().toISOString(),
        }),
      );
    });
    await ctx.store.bookkeep((b) => {
      b.succeeded(id, ctx.now().toISOString());
      b.journal(signInEvent(ctx.now(), login, 'signedIn', id));
    });
    return signedIn(ctx, id);
  },

  'auth.login': async ({ login, password }, ctx) => {
    const user = await signInAccount(ctx, login, password);
    return signedIn(ctx, user.id);
  },

  'auth.logout': async (_input, ctx) => {
    if (ctx.caller.token) await ctx.caller.sessions.close(ctx.caller.token);
    return status(ctx, undefined);
  },

  'auth.lock': async (_input, ctx) => {
    const session = await ctx.caller.sessions.find(ctx.caller.token, ctx.caller.idleMinutes);
    if (session) await ctx.caller.sessions.lock(session);
    return status(ctx);
  },

  // The dispatcher has already noted the activity; there is nothing else to do.
  'auth.keepAlive': () => Promise.resolve({}),

  'auth.unlock': async ({ password }, ctx) => {
    const user = me(ctx);
    const session = await ctx.caller.sessions.find(ctx.caller.token, ctx.caller.idleMinutes);
    await endSessionIfLockedOut(ctx, checkPassword(ctx, user, password));
    if (session) await ctx.caller.sessions.unlock(session);
    return status(ctx);
  },

  'auth.changePassword': async ({ current, next }, ctx) => {
    const user = me(ctx);
    await endSessionIfLockedOut(ctx, checkPassword(ctx, user, current));
    if (await verifyPassword(next, user.passwordHash))
      throw DomainError.field('rule_violation', { path: 'next', key: 'errors.password.unchanged' });
    const passwordHash = await hashPassword(next, ctx.passwordCost);
    await ctx.store.write(ctx.actor, (tx) =>
      tx.apply({ entity: 'user', id: user.id, action: 'user.changePassword' }, (w) =>
        w.users.setPassword(user.id, { passwordHash, mustChange: false, at: ctx.now().toISOString() }),
      ),
    );
    // Other windows signed in as this user must sign in again with the new password.
    if (ctx.caller.token) await ctx.caller.sessions.closeAllOf(user.id, ctx.caller.token);
    return status(ctx);
  },
} satisfies Partial<Handlers>;
