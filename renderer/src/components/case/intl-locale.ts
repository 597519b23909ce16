import type { Language } from '../../../../shared/domain/fields';

/**
 * Intl locales for numbers and numeric dates. Chromium's ICU data may lack Kazakh (it then falls back
 * to `2024-03-15` and `₸ 1,500,000`); Kazakh writes numbers and numeric dates exactly as Russian does
 * (`15.03.2024`, `1 500 000`), so it borrows the Russian locale, which every ICU build has.
 * English is British: the day before the month, as in Kazakhstan.
 */
const locales: Record<Language, string> = { ru: 'ru-RU', kk: 'ru-RU', en: 'en-GB' };

export const intlLocale = (language: Language): string => locales[language];

/** Kazakh month names in the form a date takes them ("2024 жылғы 15 наурыз"), for the same reason. */
const kazakhMonths = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** `2024-03-15` written out in full: `15 марта 2024 г.`, `2024 жылғы 15 наурыз`, `15 March 2024`. */
export function longDateFormat(language: Language): (iso: string) => string {
  if (language === 'kk') {
    return (iso) =>
      `${iso.slice(0, 4)} жылғы ${Number(iso.slice(8, 10))} ${kazakhMonths[Number(iso.slice(5, 7)) - 1]}`;
  }
  const format = new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' });
  return (iso) => format.format(new Date(`${iso}T00:00:00Z`));
}
