import i18next, { type i18n } from 'i18next';
import type { Language } from '../domain/fields';
import en from './locales/en';
import kk from './locales/kk';
import ru from './locales/ru';
import { defaultLanguage } from './default-language';
import { writeNumbersOurWay } from './number-format';

export const resources = {
  ru: { translation: ru },
  kk: { translation: kk },
  en: { translation: en },
} as const;

export { defaultLanguage } from './default-language';

/** A separate i18next instance per caller, so the backend can word errors in each request's language. */
export function createI18n(language: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  writeNumbersOurWay(instance);
  return instance;
}

const translators = new Map<Language, i18n>();

/** Word one key in one language (backend errors, CLI, PDF). */
export function translate(language: Language, key: string, params?: Record<string, unknown>): string {
  let instance = translators.get(language);
  if (!instance) {
    instance = createI18n(language);
    translators.set(language, instance);
  }
  return instance.t(key, params ?? {});
}
