import type { Sentence } from './case-record';

/** Words one i18n key (the renderer's `t`, or the backend's `translate` for a language). */
export type Words = (key: string, params?: Record<string, unknown>) => string;

/**
 * A sentence's term as people write it: `7 лет`, `2 года 6 мес.`, `8 мес.`. A part that is zero beside
 * one that is not says nothing ("7 лет 0 мес." is "7 лет"); a term of nothing but zeros keeps its last part.
 */
export function termWords(words: Words, { years, months }: Pick<Sentence, 'years' | 'months'>): string {
  const parts = [
    years !== null ? { value: years, key: 'caseView.term.years' } : null,
    months !== null ? { value: months, key: 'caseView.term.months' } : null,
  ].filter((part) => part !== null);
  const said = parts.filter((part) => part.value !== 0);
  return (said.length > 0 ? said : parts.slice(-1))
    .map((part) => words(part.key, { count: part.value }))
    .join(' ');
}

/**
 * A sentence in words, as the case page shows it and a register conviction records it: its kind, then
 * the term (`Лишение свободы, 7 лет`) or the fine (`Штраф 500 000 ₸`, `money` writing the amount).
 */
export function sentenceWords(words: Words, s: Sentence, money: (kzt: number) => string): string {
  const type = words(`caseView.sentenceType.${s.type}`);
  if (s.type === 'fine') return s.fineKzt !== null ? `${type} ${money(s.fineKzt)}` : type;
  const term = termWords(words, s);
  return term ? `${type}, ${term}` : type;
}
