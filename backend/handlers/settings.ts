import type { Readers } from '../../db/ports';
import { language as languageSchema } from '../../shared/domain/fields';
import { defaultLanguage } from '../../shared/i18n';
import { INVESTIGATION_DAYS_KEY, investigationDays } from '../services/deadlines';
import type { Handlers } from './handler';

export const LANGUAGE_KEY = 'ui.language';

async function uiSettings(r: Readers) {
  const parsed = languageSchema.safeParse(await r.settings.get(LANGUAGE_KEY));
  return {
    language: parsed.success ? parsed.data : defaultLanguage,
    investigationDays: await investigationDays(r),
  };
}

export const settingsHandlers = {
  'settings.get': (_input, { store }) => store.read(uiSettings),
  'settings.setLanguage': async ({ language }, { store, actor }) => {
    await store.write(actor, (tx) =>
      tx.apply({ entity: 'setting', id: LANGUAGE_KEY, action: 'settings.language' }, (w) =>
        w.settings.set(LANGUAGE_KEY, language),
      ),
    );
    return store.read(uiSettings);
  },
  'settings.setInvestigationDays': async ({ days }, { store, actor }) => {
    await store.write(actor, (tx) =>
      tx.apply({ entity: 'setting', id: INVESTIGATION_DAYS_KEY, action: 'settings.investigationDays' }, (w) =>
        w.settings.set(INVESTIGATION_DAYS_KEY, String(days)),
      ),
    );
    return store.read(uiSettings);
  },
} satisfies Partial<Handlers>;
