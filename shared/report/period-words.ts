import { isCalendarYear, namePeriod, shiftPeriod } from '../domain/period';
import type { Language } from '../domain/fields';
import type { StatsPeriod } from '../domain/stats';
import { formatsFor, localeOf } from '../format';
import { translate } from '../i18n';

/** How a period is said: in a title, a column head, a sentence, and against the same days a year before. */
export interface PeriodWords {
  /** Whether the period is a whole calendar year (the annual review). */
  isYear: boolean;
  /** "III квартал 2024 года", "the third quarter of 2024", "2024 жылғы III тоқсан". */
  title: string;
  /** The title at the start of a line (the cover): "III квартал 2024 года", "The third quarter of 2024". */
  heading: string;
  /** A column head or a chart's axis: "III кв. 2024", "Q3 2024". */
  short: string;
  /** "в III квартале 2024 года", "in the third quarter of 2024". */
  in: string;
  /** "по сравнению с тем же периодом 2023 года", "compared with the same period of 2023". */
  comparedWith: string;
}

/** The words of `period` in `language`; ranges are written with the one date format (shared/format.ts). */
export function periodWords(period: StatsPeriod, language: Language): PeriodWords {
  const t = (key: string, params: Record<string, unknown>) => translate(language, `period.${key}`, params);
  const named = namePeriod(period);
  const f = formatsFor(language);
  const numbered = (kind: 'quarter' | 'half', n: number) => ({
    ordinal: t(`${kind}Ordinal.${n}`, {}),
    short: t(`${kind}Short.${n}`, {}),
  });
  let params: Record<string, unknown>;
  if (named.kind === 'year') params = { year: named.year };
  else if (named.kind === 'quarter') params = { year: named.year, ...numbered('quarter', named.quarter) };
  else if (named.kind === 'half') params = { year: named.year, ...numbered('half', named.half) };
  else params = { from: f.date(named.from), to: f.date(named.to) };
  const before = Number(shiftPeriod(period, -1).to.slice(0, 4));
  const title = t(`title.${named.kind}`, params);
  return {
    isYear: named.kind === 'year',
    title,
    heading: title.charAt(0).toLocaleUpperCase(localeOf[language]) + title.slice(1),
    short: t(`short.${named.kind}`, params),
    in: t(`in.${named.kind}`, params),
    comparedWith: t(named.kind === 'year' ? 'comparedWith.year' : 'comparedWith.period', { year: before }),
  };
}

/**
 * How tables and charts head the review's days and the same days of another year: "2023", "2024" for a
 * whole year (as before), "III кв. 2023", "III кв. 2024" for a quarter.
 */
export interface PeriodHeads {
  /** Whether the review counts a whole calendar year. */
  isYear: boolean;
  /** The head of the same days in `year` (the review's own year, the year before, a trend year). */
  of: (year: number) => string;
}

export function periodHeads(period: StatsPeriod, reviewYear: number, language: Language): PeriodHeads {
  const isYear = isCalendarYear(period, reviewYear);
  return {
    isYear,
    of: (year) =>
      isYear ? String(year) : periodWords(shiftPeriod(period, year - reviewYear), language).short,
  };
}

/**
 * What the review's sentences say of a period: "in the third quarter of 2024" (`in`, `In` at the
 * start of a sentence) and "in the same period of 2023" (`inBefore`).
 */
export function periodSentenceWords(period: StatsPeriod, language: Language): Record<string, string> {
  const words = periodWords(period, language);
  const before = Number(shiftPeriod(period, -1).to.slice(0, 4));
  return {
    in: words.in,
    In: words.in.charAt(0).toLocaleUpperCase(localeOf[language]) + words.in.slice(1),
    inBefore: translate(language, 'period.inSamePeriod', { year: before }),
  };
}
