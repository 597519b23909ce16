import { language as languageSchema } from '../../shared/domain/fields';
import { defaultLanguage } from '../../shared/i18n';
import type { Handlers } from './handler';

export const LANGUAGE_KEY = 'ui.language';

export const settingsHandlers = {
  'settings.get': async (_input, { store }) => {
    const stored = await store.read((r) => r.settings.get(LANGUAGE_KEY));
    const parsed = languageSchema.safeParse(stored);
    return { language: parsed.success ? parsed.data : defaultLanguage };
  },
  'settings.setLanguage': async ({ language }, { store, actor }) => {
    await store.write(actor, (tx) =>
      tx.apply({ entity: 'setting', id: LANGUAGE_KEY, action: 'settings.language' }, (w) =>
        w.settings.set(LANGUAGE_KEY, language),
      ),
    );
    return { language };
  },
} satisfies Partial<Handlers>;
