import type { Language } from '../domain/fields';

/*
 * Numbers, shares and dates as each language writes them (ru-RU "65,4 %", kk-KZ "65,4%",
 * en-GB "65.4%"), for the review on paper and on screen alike.
 */

export const localeOf: Record<Language, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

export interface Formats {
  language: Language;
  locale: string;
  /** A count or a term: 1 500 000, 3,5. */
  number: (value: number) => string;
  /** A share already in percent (65.4 → "65,4 %"). */
  percent: (pct: number) => string;
  /** A change in percent with its sign: "+100 %", "−21,4 %". */
  change: (pct: number) => string;
  /** A calendar date `YYYY-MM-DD` in words: "15 января 2025 г.". */
  date: (isoDate: string) => string;
  /** A moment, in this computer's time zone, with the zone named so it is never ambiguous. */
  dateTime: (moment: Date) => string;
}

// A true minus sign: a hyphen in "−21,4 %" reads as a dash in print.
const withMinus = (text: string) => text.replace(/^-/, '\u2212');

const cache = new Map<string, Formats>();

/** Whether this runtime's Intl has Kazakh numbers (Node's full ICU does; some Chromium builds do not). */
export const intlHasKazakh = (): boolean => new Intl.NumberFormat(localeOf.kk).format(1.5) === '1,5';

/**
 * Without Kazakh data Intl silently writes Kazakh numbers the English way ("65.4%"). Kazakh then
 * borrows the Russian number format, which differs only by the space before the percent sign.
 */
export function formatsFor(language: Language, kazakhData: boolean = intlHasKazakh()): Formats {
  const borrowed = language === 'kk' && !kazakhData;
  const key = `${language}${borrowed ? ':borrowed' : ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const locale = localeOf[language];
  const numberLocale = borrowed ? localeOf.ru : locale;
  const percentSign = (text: string) => (borrowed ? text.replace(/\s%$/, '%') : text);
  const number = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(numberLocale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'long',
  });
  // Shares are stored in percent with one decimal; dividing by 100 in floating point could add
  // noise like 0.6540000001, which maximumFractionDigits rounds away again.
  const formats: Formats = {
    language,
    locale,
    number: (value) => withMinus(number.format(value)),
    percent: (pct) => percentSign(withMinus(percent.format(pct / 100))),
    change: (pct) => percentSign(withMinus(change.format(pct / 100))),
    date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (moment) => dateTime.format(moment),
  };
  cache.set(key, formats);
  return formats;
}
