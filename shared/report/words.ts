import type { Language } from '../domain/fields';
import { translate } from '../i18n';
import { isCalendarYear } from '../domain/period';
import type { StatsPeriod } from '../domain/stats';
import { formatsFor, localeOf, type Formats } from '../format';
import periodStrings from '../i18n/locales/period/en';
import { periodSentenceWords } from './period-words';

/** The review's sentences a period words its own way (period.narrative), by key without plural ending. */
const periodSentences = new Set(Object.keys(periodStrings.narrative).map((key) => key.replace(/_\w+$/, '')));

/** Words one key of the `report` namespace in the review's language. */
export type ReportT = (key: string, params?: Record<string, unknown>) => string;

export interface Words {
  t: ReportT;
  f: Formats;
  /** "A", "A and B", "A, B and C" in the language (Intl.ListFormat has no Kazakh conjunction). */
  list: (items: string[]) => string;
  /** A share as the sentences need it: with its sign (`pct`) and bare (`pctNumber`, for «… пайыз»). */
  share: (name: string, pct: number) => Record<string, string>;
  /** A category as a table row or chart bar names it ("лишение свободы" → "Лишение свободы"). */
  heading: (key: string) => string;
}

/**
 * A category as a table row names it: its first letter capital ("лишение свободы" → "Лишение
 * свободы"). The Reports screen names its rows so too, to name them as the review does.
 */
export const capitalized = (text: string, language: Language): string =>
  text.charAt(0).toLocaleUpperCase(localeOf[language]) + text.slice(1);

/**
 * The words of a review in `language`. For days other than a calendar year (`days`), the sentences
 * that name the review's days come from the period's own wording (period.narrative), told the
 * days: "in the third quarter of 2024", "than in the same period of 2023".
 */
export function wordsFor(language: Language, days?: { period: StatsPeriod; year: number }): Words {
  const when =
    days && !isCalendarYear(days.period, days.year) ? periodSentenceWords(days.period, language) : null;
  const t: ReportT = (key, params) =>
    when && key.startsWith('narrative.') && periodSentences.has(key.slice('narrative.'.length))
      ? translate(language, `period.${key}`, { ...params, ...when })
      : translate(language, `report.${key}`, params);
  const f = formatsFor(language);
  const list = (items: string[]): string => {
    if (items.length <= 1) return items[0] ?? '';
    if (items.length === 2) return t('list.pair', { first: items[0], second: items[1] });
    return t('list.last', { rest: items.slice(0, -1).join(', '), last: items.at(-1) });
  };
  const share = (name: string, pct: number) => ({ [name]: f.percent(pct), [`${name}Number`]: f.number(pct) });
  const heading = (key: string) => capitalized(t(key), language);
  return { t, f, list, share, heading };
}
