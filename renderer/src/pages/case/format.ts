import type { TFunction } from 'i18next';
import type { Defendant, Sentence, Victim } from '../../../../shared/domain/case-record';
import type { Language } from '../../../../shared/domain/fields';
import { sentenceWords, termWords } from '../../../../shared/domain/sentence-words';
import { formatsFor } from '../../../../shared/format';

/** How a case's facts read on screen in one language: dates, money, terms, names, ages. */
export interface CaseFormat {
  /** `2024-03-15` → `15.03.2024` (ru, kk) or `15 Mar 2024` (en). */
  date: (iso: string) => string;
  /** `2024-03-15` → `15 марта 2024 г.` */
  longDate: (iso: string) => string;
  /** Tenge, no kopecks: `1 500 000 ₸`. */
  money: (kzt: number) => string;
  /** `5 лет`, `2 года 6 мес.`: the parts recorded, a zero beside another part left out. */
  term: (sentence: Pick<Sentence, 'years' | 'months'>) => string;
  /** `Лишение свободы, 5 лет` or `Штраф 500 000 ₸`. */
  sentence: (sentence: Sentence) => string;
  /** `Осуждён 11.06.2024` / `Оправдана 11.06.2024`; null before a verdict. */
  verdict: (defendant: Pick<Defendant, 'sex' | 'convictedOn' | 'acquittedOn'>) => string | null;
  /** `Аманов Е. Б.`, or `№ 2` for a defendant recorded without a name. */
  defendantName: (defendant: Pick<Defendant, 'fullName' | 'personId'>, index: number) => string;
  /** Birth date or year, with the age on `on` (the registration date): `12.05.1996 (27 лет)`. */
  birth: (person: Pick<Victim, 'birthDate'> & Partial<Pick<Victim, 'birthYear'>>, on: string) => string;
}

/** Whole years between a birth date and a later date. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** `Аманов Ерлан Болатович` → `Аманов Е. Б.`: how names are written in case papers. */
export function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname) return fullName;
  return [surname, ...rest.map((part) => `${part.charAt(0).toLocaleUpperCase()}.`)].join(' ');
}

export function caseFormat(t: TFunction, language: Language): CaseFormat {
  const { date, longDate, money } = formatsFor(language);

  const words = (key: string, params?: Record<string, unknown>) => t(key, params ?? {});

  return {
    date,
    longDate,
    money,
    term: (s) => termWords(words, s),
    sentence: (s) => sentenceWords(words, s, money),
    verdict: (d) => {
      if (d.convictedOn) return `${t(`caseView.verdict.convicted.${d.sex}`)} ${date(d.convictedOn)}`;
      if (d.acquittedOn) return `${t(`caseView.verdict.acquitted.${d.sex}`)} ${date(d.acquittedOn)}`;
      return null;
    },
    defendantName: (d, index) =>
      d.fullName?.trim()
        ? shortName(d.fullName)
        : (d.personId ?? t('caseView.unnamed', { number: index + 1 })),
    birth: ({ birthDate, birthYear }, on) => {
      if (birthDate) return `${date(birthDate)} (${t('caseView.age', { count: ageOn(birthDate, on) })})`;
      if (birthYear !== null && birthYear !== undefined) {
        return `${t('caseView.bornIn', { year: birthYear })} (${t('caseView.age', { count: Number(on.slice(0, 4)) - birthYear })})`;
      }
      return '—';
    },
  };
}
