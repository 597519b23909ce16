import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/domain/fields';
import { defaultLanguage } from '../../../shared/i18n/default-language';
import { writeNumbersOurWay } from '../../../shared/i18n/number-format';
import { applyDateLocale, defaultLanguagePack, loadLanguagePack } from './language-packs';

export { isLanguage };

/** The renderer's one i18next instance; its language is the saved setting, applied at start-up. */
export const i18n = i18next.createInstance();

/**
 * Hands i18next a language's strings when it first switches to it. `changeLanguage` waits for them,
 * so the old language stays on screen until the new one is complete.
 */
const languagePacks: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) return callback(null, {});
    loadLanguagePack(language).then(
      (pack) => callback(null, pack.translation),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

void i18n
  .use(languagePacks)
  .use(initReactI18next)
  .init({
    // The default language is there from the start; the others come from `languagePacks`.
    resources: { [defaultLanguage]: { translation: defaultLanguagePack.translation } },
    partialBundledLanguages: true,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    // A key without a string is a bug: say so loudly while developing instead of showing the raw key quietly.
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing i18n key: ${key}`),
  });
writeNumbersOurWay(i18n);

/** The language the UI currently shows, also sent with every API call so errors come back in it. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}

// Everything outside React that depends on the language follows it from here.
function followLanguage(language: string): void {
  const lang = isLanguage(language) ? language : defaultLanguage;
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name');
  applyDateLocale(lang);
}
i18n.on('languageChanged', followLanguage);
followLanguage(defaultLanguage);
