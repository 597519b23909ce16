import type { Readers } from '../../db/ports';
import type { UserAccount } from '../../db/ports';
import { language as languageSchema, type Language } from '../../shared/domain/fields';
import { defaultLanguage } from '../../shared/i18n';
import { INVESTIGATION_DAYS_KEY, investigationDays } from '../services/deadlines';
import { IDLE_MINUTES_KEY, idleMinutesSetting } from '../services/idle-minutes';
import type { HandlerContext } from '../context';
import type { Handlers } from './handler';

export const LANGUAGE_KEY = 'ui.language';

/** The language last chosen on this computer: the login screen's. */
export async function officeLanguage(r: Readers): Promise<Language> {
  const office = languageSchema.safeParse(await r.settings.get(LANGUAGE_KEY));
  return office.success ? office.data : defaultLanguage;
}

/** The user's own language, else the office's. */
async function uiSettings(r: Readers, userId: number | undefined) {
  const user: UserAccount | null = userId === undefined ? null : await r.users.byId(userId);
  return {
    language: user?.language ?? (await officeLanguage(r)),
    investigationDays: await investigationDays(r),
    idleMinutes: await idleMinutesSetting(r),
  };
}

const current = (ctx: HandlerContext) => ctx.store.read((r) => uiSettings(r, ctx.caller.user?.id));

export const settingsHandlers = {
  'settings.get': (_input, ctx) => current(ctx),
  'settings.setLanguage': async ({ language }, ctx) => {
    const user = ctx.caller.user;
    await ctx.store.write(ctx.actor, async (tx) => {
      if (user && user.language !== language)
        await tx.apply({ entity: 'user', id: user.id, action: 'user.language' }, (w) =>
          w.users.setLanguage(user.id, language),
        );
      // The login screen greets the next person in the language last chosen on this computer.
      if ((await tx.settings.get(LANGUAGE_KEY)) !== language)
        await tx.apply({ entity: 'setting', id: LANGUAGE_KEY, action: 'settings.language' }, (w) =>
          w.settings.set(LANGUAGE_KEY, language),
        );
    });
    return current(ctx);
  },
  'settings.setInvestigationDays': async ({ days }, ctx) => {
    await ctx.store.write(ctx.actor, (tx) =>
      tx.apply({ entity: 'setting', id: INVESTIGATION_DAYS_KEY, action: 'settings.investigationDays' }, (w) =>
        w.settings.set(INVESTIGATION_DAYS_KEY, String(days)),
      ),
    );
    return current(ctx);
  },
  'settings.setIdleMinutes': async ({ minutes }, ctx) => {
    await ctx.store.write(ctx.actor, (tx) =>
      tx.apply({ entity: 'setting', id: IDLE_MINUTES_KEY, action: 'settings.idleMinutes' }, (w) =>
        w.settings.set(IDLE_MINUTES_KEY, String(minutes)),
      ),
    );
    return current(ctx);
  },
} satisfies Partial<Handlers>;
