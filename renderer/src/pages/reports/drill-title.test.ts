import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import { drillCount, drillTitle, type NameLabels } from './drill-title';
import { DEFAULT_DRILL_PAGE_SIZE, type DrillTarget } from './report-query';

const names = {
  district: (name: string) => ({ Almaty: 'Алматы' })[name] ?? name,
  platform: (name: string) => name,
  tactic: (name: string) => ({ 'intimate-images': 'Интимные изображения' })[name] ?? name,
};
const ruLabels: NameLabels = { ...names, language: 'ru' };
const enLabels: NameLabels = { ...names, language: 'en' };
const kkLabels: NameLabels = { ...names, language: 'kk' };
const target = (patch: Partial<DrillTarget>): DrillTarget => ({
  figure: 'registered',
  year: 2024,
  district: null,
  page: 1,
  pageSize: DEFAULT_DRILL_PAGE_SIZE,
  ...patch,
});
const third = { from: '2024-07-01', to: '2024-09-30' };
const extortion = 'Вымогательство — ст. 194 УК РК';

describe('the title of a figure’s list', () => {
  const ru = createI18n('ru').t;
  const en = createI18n('en').t;
  const kk = createI18n('kk').t;

  it('names the figure, its year and the district', () => {
    expect(drillTitle(ru, target({ figure: 'forwardedToCourt' }), ruLabels)).toBe(
      'Дела, направленные в суд в 2024 году',
    );
    expect(drillTitle(ru, target({ year: 2023, district: 'Almaty' }), ruLabels)).toBe(
      'Дела, зарегистрированные в 2023 году · район Алматы',
    );
    expect(drillTitle(en, target({ figure: 'forwardedToCourt' }), enLabels)).toBe(
      'Cases forwarded to court in 2024',
    );
    expect(drillTitle(kk, target({ figure: 'forwardedToCourt' }), kkLabels)).toBe(
      '2024 жылы сотқа жіберілген істер',
    );
  });

  it('weaves the days of a period into the title, as the review words them', () => {
    expect(
      drillTitle(
        ru,
        target({ year: 2023, district: 'Almaty', period: { from: '2023-07-01', to: '2023-09-30' } }),
        ruLabels,
      ),
    ).toBe('Дела, зарегистрированные в III квартале 2023 года · район Алматы');
    expect(drillTitle(en, target({ period: { from: '2024-01-01', to: '2024-06-30' } }), enLabels)).toBe(
      'Cases registered in the first half of 2024',
    );
    expect(drillTitle(kk, target({ figure: 'forwardedToCourt', period: third }), kkLabels)).toBe(
      '2024 жылғы III тоқсанда сотқа жіберілген істер',
    );
    expect(drillTitle(ru, target({ figure: 'offenders', key: 'men', period: third }), ruLabels)).toBe(
      'Мужчины среди обвиняемых, III квартал 2024 года',
    );
    expect(drillTitle(ru, target({ figure: 'sentenceType', key: 'fine', period: third }), ruLabels)).toMatch(
      /^Наказание в III квартале 2024 года: .+$/,
    );
    expect(drillTitle(ru, target({ period: { from: '2024-01-01', to: '2024-12-31' } }), ruLabels)).toBe(
      'Дела, зарегистрированные в 2024 году',
    );
  });

  it('names the subject the figures count after the days, and none for every case', () => {
    expect(
      drillTitle(
        ru,
        target({ figure: 'forwardedToCourt', period: third, district: 'Almaty' }),
        ruLabels,
        extortion,
      ),
    ).toBe(
      'Дела, направленные в суд в III квартале 2024 года · Вымогательство — ст. 194 УК РК · район Алматы',
    );
    expect(drillTitle(en, target({ figure: 'convictedPersons' }), enLabels, 'Extortion — art. 194')).toBe(
      'Persons convicted in 2024 · Extortion — art. 194',
    );
    expect(drillTitle(ru, target({ figure: 'convictedPersons' }), ruLabels, null)).toBe(
      'Лица, осуждённые в 2024 году',
    );
    // The register's persons are counted by the register, not by a subject.
    expect(
      drillTitle(ru, target({ figure: 'monitoredPersons', key: 'monitored' }), ruLabels, extortion),
    ).toBe('Лица под надзором в 2024 году');
  });

  it('says what a key narrows the figure to, in the UI language', () => {
    expect(drillTitle(ru, target({ figure: 'tactic', key: 'intimate-images' }), ruLabels)).toBe(
      'Дела со способом «Интимные изображения», зарегистрированные в 2024 году',
    );
    expect(drillTitle(en, target({ figure: 'sentenceType', key: 'suspended' }), enLabels)).toBe(
      'Sentenced in 2024: Suspended sentence',
    );
    expect(drillTitle(en, target({ figure: 'offenders', key: 'priorConviction' }), enLabels)).toBe(
      'Previously convicted offenders, 2024',
    );
    expect(drillTitle(en, target({ figure: 'victims', key: 'age:21to39' }), enLabels)).toBe(
      'Victims by age: 21–39 years, 2024',
    );
    expect(drillTitle(en, target({ figure: 'victims', key: 'employment:unknown' }), enLabels)).toBe(
      'Victims by employment: Not known, 2024',
    );
    // A category is named as the review's row names it.
    expect(drillTitle(ru, target({ figure: 'victims', key: 'employment:informal' }), ruLabels)).toBe(
      'Потерпевшие по роду занятий: Неофициально занятые, 2024 год',
    );
    expect(drillTitle(ru, target({ figure: 'sentenceType', key: 'other' }), ruLabels)).toBe(
      'Наказание в 2024 году: Иное',
    );
  });

  it('names a register figure, and counts its persons as persons', () => {
    expect(drillTitle(ru, target({ figure: 'monitoredPersons', key: 'reoffended' }), ruLabels)).toBe(
      'Лица, совершившие новые преступления в 2024 году',
    );
    expect(drillTitle(kk, target({ figure: 'monitoredPersons', key: 'monitored' }), kkLabels)).toBe(
      '2024 жылы қадағалауда болған адамдар',
    );
    expect(
      drillTitle(
        en,
        target({ figure: 'monitoredPersons', key: 'amongOffenders', district: 'Almaty' }),
        enLabels,
      ),
    ).toBe('Persons on the monitoring register among those who offended in 2024 · Алматы');
    // At the end of a quarter, not of its year.
    expect(drillTitle(ru, target({ figure: 'monitoredPersons', key: 'atYearEnd' }), ruLabels)).toBe(
      'Лица под надзором на конец 2024 года',
    );
    expect(
      drillTitle(en, target({ figure: 'monitoredPersons', key: 'atYearEnd', period: third }), enLabels),
    ).toBe('Persons under supervision at the end of the third quarter of 2024');
    expect(drillCount(ru, 'monitoredPersons', 3, String)).toBe('3 человека');
  });

  it('counts with the plural form of each language and the number as it writes it', () => {
    const number = (n: number) => n.toLocaleString('ru-RU');
    expect(drillCount(ru, 'cases', 1, number)).toBe('1 дело');
    expect(drillCount(ru, 'cases', 34, number)).toBe('34 дела');
    expect(drillCount(ru, 'cases', 11, number)).toBe('11 дел');
    expect(drillCount(ru, 'persons', 27, number)).toBe('27 человек');
    expect(drillCount(ru, 'victims', 2, number)).toBe('2 потерпевших');
    expect(drillCount(ru, 'victims', 21, number)).toBe('21 потерпевший');
    expect(drillCount(ru, 'cases', 1500, number).replace(/\s/g, ' ')).toBe('1 500 дел');
    expect(drillCount(en, 'persons', 1, String)).toBe('1 person');
    expect(drillCount(kk, 'victims', 50, String)).toBe('50 жәбірленуші');
  });
});
