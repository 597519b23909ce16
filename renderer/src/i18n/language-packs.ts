import type { Locale } from 'antd/es/locale';
import dayjs from 'dayjs';
import type { Language } from '../../../shared/domain/fields';
import type { LocaleStrings } from '../../../shared/i18n/locales/en';
import { pack as russian } from './packs/ru';

/** Everything the UI needs to speak one language: its strings, antd's own texts, dayjs's month names. */
export interface LanguagePack {
  translation: LocaleStrings;
  antd: Locale;
}

/**
 * Russian, the default, comes with the first page load; Kazakh and English (about 60 kB each) are
 * fetched the first time they are chosen. i18next switches only once the pack is in (i18n.ts), so
 * the screen never shows a mix of languages.
 */
const loaded = new Map<Language, LanguagePack>([['ru', russian]]);
const loaders: Record<Exclude<Language, 'ru'>, () => Promise<{ pack: LanguagePack }>> = {
  kk: () => import('./packs/kk'),
  en: () => import('./packs/en'),
};

/** Russian is the default language (shared/i18n): its pack is there from the first moment. */
export const defaultLanguagePack: LanguagePack = russian;

export async function loadLanguagePack(language: Language): Promise<LanguagePack> {
  const known = loaded.get(language);
  if (known) return known;
  const { pack } = await loaders[language as Exclude<Language, 'ru'>]();
  loaded.set(language, pack);
  return pack;
}

/** antd's own texts (pagination, date picker, empty states) in a language whose pack is loaded. */
export function antdLocale(language: Language): Locale {
  return (loaded.get(language) ?? russian).antd;
}

/** Month and weekday names in the date picker come from dayjs, which keeps its own global locale. */
export function applyDateLocale(language: Language): void {
  dayjs.locale(language);
}
