import type { UserAccount, WriteTx } from '../../db/ports';
import type { Role } from '../../shared/domain/accounts';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { hashPassword } from '../auth/password';
import { userSummary } from '../services/accounts/views';
import type { Handlers } from './handler';

async function existing(tx: WriteTx, id: number): Promise<UserAccount> {
  const user = await tx.users.byId(id);
  if (!user) throw new DomainError('not_found', 'errors.users.notFound');
  return user;
}

/** The office must keep one administrator who can sign in, or nobody could manage accounts again. */
async function keepAnAdmin(tx: WriteTx, user: UserAccount, nextRole: Role, nextDisabled: boolean) {
  const losesAdmin = user.role === 'admin' && !user.disabled && (nextRole !== 'admin' || nextDisabled);
  if (losesAdmin && (await tx.users.activeAdmins()) <= 1)
    throw new DomainError('rule_violation', 'errors.users.lastAdmin');
}

async function summary(ctx: HandlerContext, id: number) {
  const user = await ctx.store.read((r) => r.users.byId(id));
  if (!user) throw new DomainError('not_found', 'errors.users.notFound');
  return userSummary(user, ctx.now());
}

export const userHandlers = {
  'users.list': async (_input, ctx) =>
    (await ctx.store.read((r) => r.users.list())).map((u) => userSummary(u, ctx.now())),

  'users.create': async ({ fullName, login, password, role }, ctx) => {
    const passwordHash = await hashPassword(password, ctx.passwordCost);
    const id = await ctx.store.write(ctx.actor, async (tx) => {
      if (await tx.users.byLogin(login))
        throw DomainError.field('conflict', {
          path: 'login',
          key: 'errors.users.loginTaken',
          params: { login },
        });
      // The administrator chose this password, so its owner replaces it at the first sign-in.
      return tx.apply({ entity: 'user', action: 'user.create' }, (w) =>
        w.users.insert({
          login,
          fullName,
          role,
          passwordHash,
          mustChangePassword: true,
          at: ctx.now().toISOString(),
        }),
      );
    });
    return summary(ctx, id);
  },

  'users.update': async ({ id, fullName, role }, ctx) => {
    await ctx.store.write(ctx.actor, async (tx) => {
      const user = await existing(tx, id);
      if (user.fullName === fullName && user.role === role) return;
      await keepAnAdmin(tx, user, role, user.disabled);
      await tx.apply({ entity: 'user', id, action: 'user.update' }, (w) =>
        w.users.update(id, { fullName, role }),
      );
    });
    return summary(ctx, id);
  },

  'users.setDisabled': async ({ id, disabled }, ctx) => {
    if (disabled && ctx.caller.user?.id === id)
      throw new DomainError('rule_violation', 'errors.users.notYourself');
    await ctx.store.write(ctx.actor, async (tx) => {
      const user = await existing(tx, id);
      if (user.disabled === disabled) return;
      await keepAnAdmin(tx, user, user.role, disabled);
      await tx.apply({ entity: 'user', id, action: disabled ? 'user.disable' : 'user.enable' }, (w) =>
        w.users.setDisabled(id, disabled),
      );
    });
    if (disabled) await ctx.caller.sessions.closeAllOf(id);
    return summary(ctx, id);
  },

  'users.resetPassword': async ({ id, password }, ctx) => {
    const passwordHash = await hashPassword(password, ctx.passwordCost);
    await ctx.store.write(ctx.actor, async (tx) => {
      await existing(tx, id);
      await tx.apply({ entity: 'user', id, action: 'user.resetPassword' }, (w) =>
        w.users.setPassword(id, { passwordHash, mustChange: true, at: ctx.now().toISOString() }),
      );
    });
    // Whoever is signed in with the old password is signed out.
    await ctx.caller.sessions.closeAllOf(id, ctx.caller.user?.id === id ? ctx.caller.token : undefined);
    return summary(ctx, id);
  },
} satisfies Partial<Handlers>;
