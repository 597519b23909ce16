import { isIsoDate } from './dates';
import type { Language } from './domain/fields';

/*
 * The one place that writes numbers, money, shares and dates for people: screens, charts, the review
 * PDF and the audit files all take their text from here.
 *
 * Nothing here asks Intl. ICU's data differ between Node and Chromium (Chromium's build may lack
 * Kazakh, so `kk` wrote 12345 as "12,345" there and "12 345" in Node), and the same figure must read
 * the same on screen and on paper. So grouping, signs and month names are spelt out below:
 * - ru and kk group digits with a no-break space and use a decimal comma: 12 345, 3,5;
 *   en groups with a comma and uses a point: 12,345, 3.5. Negative numbers take a true minus (−).
 * - Dates of facts are written dd.MM.yyyy in ru and kk (04.03.2025); in en as "4 Mar 2025", which
 *   cannot be misread as a month-first date the way 04/03/2025 can.
 * - Moments (an audit entry, a sign-in) are shown on this computer's clock.
 */

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** What stands for a value there is none of (a share of nothing, no term, no date): an em dash. */
export const NO_VALUE = '—';

interface NumberStyle {
  group: string;
  decimal: string;
  /** Between a number and its % sign: Russian writes "65,4 %", Kazakh and English "65,4%". */
  beforePercent: string;
}

const numberStyles: Record<Language, NumberStyle> = {
  ru: { group: NBSP, decimal: ',', beforePercent: NBSP },
  kk: { group: NBSP, decimal: ',', beforePercent: '' },
  en: { group: ',', decimal: '.', beforePercent: '' },
};

const monthsShort = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** Month names as a full date takes them: genitive in Russian ("15 января"), nominative in Kazakh. */
const monthsLong: Record<Language, readonly string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  kk: [
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
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** How a language separates thousands and decimals, for reading back a number someone typed. */
export const numberSeparators = (language: Language): { group: string; decimal: string } => {
  const { group, decimal } = numberStyles[language];
  return { group, decimal };
};

/** BCP 47 tags, for what still needs one (the PDF's language, case-aware capitalising). */
export const localeOf: Record<Language, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

/**
 * How a date is typed into a date field (dayjs tokens; the first is also how the field shows it).
 * ISO dates, the form of the case file, are accepted in every language, and so is the day-first
 * 15.03.2024 of this country's papers (4.3.2024 too), which an English screen's user types as well.
 */
export const dateInputFormats: Record<Language, readonly [string, ...string[]]> = {
  ru: ['DD.MM.YYYY', 'D.M.YYYY', 'YYYY-MM-DD'],
  kk: ['DD.MM.YYYY', 'D.M.YYYY', 'YYYY-MM-DD'],
  en: ['D MMM YYYY', 'D MMMM YYYY', 'DD.MM.YYYY', 'D.M.YYYY', 'YYYY-MM-DD'],
};

/** `value` rounded half away from zero to `digits` decimals, as digits: "12345", "3,5" (no grouping yet). */
function writeNumber(value: number, digits: number, style: NumberStyle): string {
  const scale = 10 ** digits;
  // Shares are stored with one decimal; scaling could add noise like 65.39999, which the epsilon absorbs.
  // It is capped: on a number of fifteen digits a relative epsilon is whole units (…999 read …999.2).
  const raw = Math.abs(value) * scale;
  const scaled = Math.round(raw + Math.min(raw * Number.EPSILON, 0.25));
  if (!Number.isFinite(scaled)) return String(value);
  const whole = Math.floor(scaled / scale);
  const fraction = String(scaled - whole * scale)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  const text = fraction ? `${grouped}${style.decimal}${fraction}` : grouped;
  return scaled === 0 ? text : `${value < 0 ? MINUS : ''}${text}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The parts of a `YYYY-MM-DD` date, read as written (never through a time zone). */
const partsOf = (iso: string) => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

const asDate = (moment: Date | string) => (typeof moment === 'string' ? new Date(moment) : moment);

/** `+05:00` → "UTC+5", "UTC+5:30": the computer's zone, named so a printed time is never ambiguous. */
function zoneOf(moment: Date): string {
  const offset = -moment.getTimezoneOffset();
  const sign = offset < 0 ? MINUS : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes ? `:${pad2(minutes)}` : ''}`;
}

export interface Formats {
  language: Language;
  locale: string;
  /** A count or a term, to one decimal: 1 500 000, 3,5, −3. */
  number: (value: number) => string;
  /** Tenge, no tiyn: "1 500 000 ₸" (ru, kk), "₸1,500,000" (en). */
  money: (kzt: number) => string;
  /** A share already in percent (65.4 → "65,4 %"). */
  percent: (pct: number) => string;
  /** A change in percent with its sign: "+100 %", "−21,4 %", "0 %". */
  change: (pct: number) => string;
  /** A calendar date `YYYY-MM-DD` as figures: "04.03.2025" (ru, kk), "4 Mar 2025" (en). */
  date: (isoDate: string) => string;
  /** A calendar date in words: "4 марта 2025 г.", "2025 жылғы 4 наурыз", "4 March 2025". */
  longDate: (isoDate: string) => string;
  /** The calendar day of a moment on this computer's clock: "04.03.2025". */
  day: (moment: Date | string) => string;
  /** The time of a moment on this computer's clock: "14:05". */
  time: (moment: Date | string) => string;
  /** A moment to the minute: "04.03.2025, 14:05". */
  minute: (moment: Date | string) => string;
  /** A moment to the second: "04.03.2025, 14:05:09". */
  moment: (moment: Date | string) => string;
  /** A moment in words with its zone, for paper: "4 марта 2025 г., 14:05:09 UTC+5". */
  dateTime: (moment: Date | string) => string;
}

function build(language: Language): Formats {
  const style = numberStyles[language];
  const number = (value: number) => writeNumber(value, 1, style);
  const whole = (value: number) => writeNumber(value, 0, style);
  const percent = (pct: number) => `${number(pct)}${style.beforePercent}%`;

  const date = (iso: string) => {
    const { year, month, day } = partsOf(iso);
    return language === 'en'
      ? `${day} ${monthsShort.en[month - 1]} ${year}`
      : `${pad2(day)}.${pad2(month)}.${year}`;
  };
  const longDate = (iso: string) => {
    const { year, month, day } = partsOf(iso);
    const name = monthsLong[language][month - 1];
    if (language === 'ru') return `${day} ${name} ${year} г.`;
    if (language === 'kk') return `${year} жылғы ${day} ${name}`;
    return `${day} ${name} ${year}`;
  };
  const localIso = (moment: Date) =>
    `${moment.getFullYear()}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`;
  const time = (moment: Date) => `${pad2(moment.getHours())}:${pad2(moment.getMinutes())}`;

  return {
    language,
    locale: localeOf[language],
    number,
    money: (kzt) => {
      const amount = whole(Math.abs(kzt));
      const sign = Math.round(kzt) < 0 ? MINUS : '';
      return language === 'en' ? `${sign}₸${amount}` : `${sign}${amount}${NBSP}₸`;
    },
    percent,
    change: (pct) => (pct > 0 && number(pct) !== '0' ? `+${percent(pct)}` : percent(pct)),
    date,
    longDate,
    day: (moment) => date(localIso(asDate(moment))),
    time: (moment) => time(asDate(moment)),
    minute: (moment) => `${date(localIso(asDate(moment)))}, ${time(asDate(moment))}`,
    moment: (moment) => {
      const at = asDate(moment);
      return `${date(localIso(at))}, ${time(at)}:${pad2(at.getSeconds())}`;
    },
    dateTime: (moment) => {
      const at = asDate(moment);
      return `${longDate(localIso(at))}, ${time(at)}:${pad2(at.getSeconds())} ${zoneOf(at)}`;
    },
  };
}

const built = new Map<Language, Formats>();

/** The formats of one language (built once). */
export function formatsFor(language: Language): Formats {
  let formats = built.get(language);
  if (!formats) {
    formats = build(language);
    built.set(language, formats);
  }
  return formats;
}

/**
 * A message's parameters with every ISO date among them written by `date` (a refusal's
 * "(2026-12-06)" read as the user writes dates); those named in `asTyped` stay as given.
 */
export function datesWritten(
  params: Record<string, string | number> | undefined,
  date: (iso: string) => string,
  asTyped: readonly string[] = [],
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [
      name,
      !asTyped.includes(name) && typeof value === 'string' && isIsoDate(value) ? date(value) : value,
    ]),
  );
}
