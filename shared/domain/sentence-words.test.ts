import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { formatsFor } from '../format';
import { sentenceWords, termWords } from './sentence-words';
import type { Language } from './fields';

const wordsIn = (language: Language) => (key: string, params?: Record<string, unknown>) =>
  translate(language, key, params);
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a sentence in words', () => {
  it('drops a zero part beside one that is not', () => {
    const ru = wordsIn('ru');
    expect(termWords(ru, { years: 7, months: 0 })).toBe('7 лет');
    expect(termWords(ru, { years: 0, months: 6 })).toBe('6 мес.');
    expect(termWords(ru, { years: 2, months: 6 })).toBe('2 года 6 мес.');
    expect(termWords(ru, { years: 1, months: null })).toBe('1 год');
    expect(termWords(ru, { years: null, months: 8 })).toBe('8 мес.');
    // Nothing but zeros is still a term said (its last part), not an empty one.
    expect(termWords(ru, { years: 0, months: 0 })).toBe('0 мес.');
    expect(termWords(ru, { years: null, months: null })).toBe('');
    expect(termWords(wordsIn('kk'), { years: 5, months: 0 })).toBe('5 жыл');
    expect(termWords(wordsIn('en'), { years: 2, months: 0 })).toBe('2 years');
  });

  it('names the kind, then the term or the fine', () => {
    const ru = wordsIn('ru');
    const money = formatsFor('ru').money;
    const on = '2024-06-11';
    expect(sentenceWords(ru, { type: 'imprisonment', years: 7, months: 0, fineKzt: null, on }, money)).toBe(
      'Лишение свободы, 7 лет',
    );
    expect(sentenceWords(ru, { type: 'suspended', years: 2, months: 0, fineKzt: null, on }, money)).toBe(
      'Условное осуждение, 2 года',
    );
    expect(sentenceWords(ru, { type: 'other', years: null, months: null, fineKzt: null, on }, money)).toBe(
      'Иное наказание',
    );
    expect(
      nbsp(sentenceWords(ru, { type: 'fine', years: null, months: null, fineKzt: 500000, on }, money)),
    ).toBe('Штраф 500 000 ₸');
  });
});
