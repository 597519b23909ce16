import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../shared/domain/case-record';
import type { Language } from '../../../../shared/domain/fields';
import { createI18n } from '../../../../shared/i18n';
import { describeCorrections } from './describe-corrections';
import { ageOn, caseFormat, shortName } from './format';

const formatIn = (language: Language) => caseFormat(createI18n(language).t, language);
// The formats put no-break spaces between digit groups and before the currency sign.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('case format', () => {
  it('writes terms with the plural forms of each language', () => {
    const ru = formatIn('ru');
    expect(ru.term({ years: 5, months: 0 })).toBe('5 лет');
    expect(ru.term({ years: 0, months: 4 })).toBe('4 мес.');
    expect(ru.term({ years: 1, months: null })).toBe('1 год');
    expect(ru.term({ years: 2, months: 6 })).toBe('2 года 6 мес.');
    expect(ru.term({ years: 21, months: null })).toBe('21 год');
    expect(ru.term({ years: null, months: 8 })).toBe('8 мес.');
    expect(formatIn('kk').term({ years: 5, months: 0 })).toBe('5 жыл');
    expect(formatIn('en').term({ years: 1, months: 1 })).toBe('1 year 1 month');
  });

  it('words a sentence: its kind, then the term or the fine in tenge', () => {
    const ru = formatIn('ru');
    expect(ru.sentence({ type: 'imprisonment', years: 5, months: 0, fineKzt: null, on: '2024-06-11' })).toBe(
      'Лишение свободы, 5 лет',
    );
    expect(
      plain(ru.sentence({ type: 'fine', years: null, months: null, fineKzt: 500000, on: '2024-06-11' })),
    ).toBe('Штраф 500 000 ₸');
    expect(plain(formatIn('kk').money(1500000))).toBe('1 500 000 ₸');
  });

  it('writes dates as each language does, English without a day/month ambiguity', () => {
    expect(formatIn('ru').date('2024-03-15')).toBe('15.03.2024');
    expect(formatIn('kk').date('2024-03-15')).toBe('15.03.2024');
    expect(formatIn('en').date('2024-03-05')).toBe('5 Mar 2024');
    expect(formatIn('ru').longDate('2024-03-15')).toBe('15 марта 2024 г.');
    expect(formatIn('kk').longDate('2024-03-05')).toBe('2024 жылғы 5 наурыз');
  });

  it('gives the age on the registration date, from the birth date or else the year', () => {
    expect(ageOn('1996-05-12', '2024-05-11')).toBe(27);
    expect(ageOn('1996-05-12', '2024-05-12')).toBe(28);
    const ru = formatIn('ru');
    expect(ru.birth({ birthDate: '1996-05-12', birthYear: null }, '2024-03-15')).toBe('12.05.1996 (27 лет)');
    expect(ru.birth({ birthDate: null, birthYear: 2001 }, '2024-03-15')).toBe('2001 г. р. (23 года)');
    expect(ru.birth({ birthDate: null, birthYear: null }, '2024-03-15')).toBe('—');
  });

  it('names a defendant as case papers do, or by number when no name is recorded', () => {
    expect(shortName('Аманов Ерлан Болатович')).toBe('Аманов Е. Б.');
    expect(shortName('  Серікова   Айгерім ')).toBe('Серікова А.');
    const ru = formatIn('ru');
    expect(ru.defendantName({ fullName: null, personId: null }, 1)).toBe('№ 2');
    expect(ru.defendantName({ fullName: ' ', personId: '900101300123' }, 0)).toBe('900101300123');
  });
});

describe('correction lines', () => {
  const before: CaseRecord = {
    registryNumber: '241500031000214',
    article: '194',
    part: null,
    district: 'Yesil',
    registeredOn: '2024-03-15',
    forwardedToCourtOn: '2024-04-20',
    closedOn: null,
    closedReason: null,
    groupCrime: false,
    platforms: [],
    tactics: [],
    damageKzt: null,
    victims: [],
    defendants: [
      {
        personId: null,
        fullName: 'Аманов Ерлан Болатович',
        sex: 'M',
        birthDate: null,
        employment: null,
        priorConvictions: null,
        convictedOn: '2024-06-11',
        acquittedOn: null,
        sentence: null,
      },
    ],
  };
  const ru = createI18n('ru').t;

  it('show the old and the new value when the change is known in advance', () => {
    const after = { ...before, forwardedToCourtOn: '2024-04-22' };
    expect(describeCorrections(['forwardedToCourtOn'], before, after, ru, formatIn('ru'))).toEqual([
      { label: 'Дата направления в суд', from: '20.04.2024', to: '22.04.2024' },
    ]);
  });

  it('name the fact and the defendant when only the backend knows what changes', () => {
    expect(
      describeCorrections(['defendants[0].convictedOn', 'stage'], before, null, ru, formatIn('ru')),
    ).toEqual([{ label: 'Дата осуждения — Аманов Е. Б.' }, { label: 'Стадия дела' }]);
  });
});
