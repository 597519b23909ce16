import { describe, expect, it } from 'vitest';
import { drillFigures } from '../../../../shared/domain/stats';
import { createI18n } from '../../../../shared/i18n';
import { drillBasis, drillBasisText, drillKindOf } from './drill-columns';

describe('what a figure’s list holds', () => {
  it('knows cases, persons and victims before the list loads', () => {
    const kinds = Object.fromEntries(drillFigures.map((figure) => [figure, drillKindOf(figure)]));
    expect(kinds).toEqual({
      registered: 'cases',
      forwardedToCourt: 'cases',
      groupCrime: 'cases',
      platform: 'cases',
      tactic: 'cases',
      convictedPersons: 'persons',
      acquittedPersons: 'persons',
      sentencedPersons: 'persons',
      imprisonedPersons: 'persons',
      sentenceType: 'persons',
      imprisonmentTerm: 'persons',
      offenders: 'persons',
      victims: 'victims',
      monitoredPersons: 'monitoredPersons',
    });
  });

  it('says which date put a row into the figure', () => {
    expect(drillBasis('registered')).toBe('registration');
    expect(drillBasis('victims')).toBe('registration');
    expect(drillBasis('forwardedToCourt')).toBe('event');
    expect(drillBasis('sentenceType')).toBe('event');
    expect(drillBasis('offenders')).toBe('offenders');
  });
});

describe('the line under a list’s title', () => {
  const en = createI18n('en').t;
  const target = { year: 2024, district: null, page: 1, pageSize: 50 };

  it('gives a register figure its definition, and a case figure the date that counts', () => {
    expect(drillBasisText(en, { ...target, figure: 'monitoredPersons', key: 'reoffended' })).toBe(
      'A case registered in 2024 that a supervisor confirmed as the person’s. Matches awaiting a decision are not counted.',
    );
    expect(drillBasisText(en, { ...target, figure: 'registered' })).toBe(
      'Counted by the registration date, in 2024.',
    );
  });

  it("says a period's own dates, in the language's date format", () => {
    const third = {
      ...target,
      figure: 'registered' as const,
      period: { from: '2024-07-01', to: '2024-09-30' },
    };
    expect(drillBasisText(en, third, 'en')).toBe(
      'Counted by the registration date, in the third quarter of 2024. Only the days from 1 Jul 2024 to 30 Sep 2024 are counted, both included.',
    );
    expect(drillBasisText(createI18n('ru').t, third, 'ru')).toBe(
      'Учтены по дате регистрации в III квартале 2024 года. Учтены только дни с 01.07.2024 по 30.09.2024 включительно.',
    );
  });

  it("names a register figure's days as the title does, not the year", () => {
    const third = {
      ...target,
      figure: 'monitoredPersons' as const,
      period: { from: '2024-07-01', to: '2024-09-30' },
    };
    const days = 'Учтены только дни с 01.07.2024 по 30.09.2024 включительно.';
    const ru = createI18n('ru').t;
    expect(drillBasisText(ru, { ...third, key: 'violations' }, 'ru')).toBe(
      `Нарушения, зафиксированные в III квартале 2024 года; в последнем столбце — их число у каждого лица. ${days}`,
    );
    expect(drillBasisText(ru, { ...third, key: 'monitored' }, 'ru')).toMatch(
      /^Период надзора действовал хотя бы один день в III квартале 2024 года \(/,
    );
    expect(drillBasisText(ru, { ...third, key: 'atYearEnd' }, 'ru')).toMatch(
      /^Период надзора действовал в последний день отчётного периода,/,
    );
    expect(drillBasisText(en, { ...third, key: 'newPeriods' }, 'en')).toMatch(
      /^Periods that began in the third quarter of 2024;/,
    );
    expect(drillBasisText(createI18n('kk').t, { ...third, key: 'reoffended' }, 'kk')).toMatch(
      /^2024 жылғы III тоқсанда тіркелген және прокурор/,
    );
    // A whole year keeps its own words.
    expect(drillBasisText(ru, { ...target, figure: 'monitoredPersons', key: 'atYearEnd' }, 'ru')).toMatch(
      /^Период надзора действовал 31 декабря 2024 года,/,
    );
    expect(drillBasisText(ru, { ...target, figure: 'monitoredPersons', key: 'warnings' }, 'ru')).toBe(
      'Предупреждения, вынесенные в 2024 году; в последнем столбце — их число у каждого лица.',
    );
  });
});
