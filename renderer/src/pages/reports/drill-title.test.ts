import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import { drillCount, drillTitle, type NameLabels } from './drill-title';
import { DEFAULT_DRILL_PAGE_SIZE, type DrillTarget } from './report-query';

const labels: NameLabels = {
  district: (name) => ({ Almaty: 'Алматы' })[name] ?? name,
  platform: (name) => name,
  tactic: (name) => ({ 'intimate-images': 'Интимные изображения' })[name] ?? name,
};
const target = (patch: Partial<DrillTarget>): DrillTarget => ({
  figure: 'registered',
  year: 2024,
  district: null,
  page: 1,
  pageSize: DEFAULT_DRILL_PAGE_SIZE,
  ...patch,
});

describe('the title of a figure’s list', () => {
  const ru = createI18n('ru').t;
  const en = createI18n('en').t;
  const kk = createI18n('kk').t;

  it('names the figure, its year and the district', () => {
    expect(drillTitle(ru, target({ figure: 'forwardedToCourt' }), labels)).toBe(
      'Дела, направленные в суд в 2024 году',
    );
    expect(drillTitle(ru, target({ year: 2023, district: 'Almaty' }), labels)).toBe(
      'Дела, зарегистрированные в 2023 году · район Алматы',
    );
    expect(drillTitle(en, target({ figure: 'forwardedToCourt' }), labels)).toBe(
      'Cases forwarded to court in 2024',
    );
    expect(drillTitle(kk, target({ figure: 'forwardedToCourt' }), labels)).toBe(
      '2024 жылы сотқа жіберілген істер',
    );
  });

  it('names the days of a period after the district', () => {
    const third = { from: '2023-07-01', to: '2023-09-30' };
    expect(
      drillTitle(ru, target({ year: 2023, district: 'Almaty', period: third }), {
        ...labels,
        language: 'ru',
      }),
    ).toBe('Дела, зарегистрированные в 2023 году · район Алматы · III квартал 2023 года');
    expect(
      drillTitle(en, target({ period: { from: '2024-01-01', to: '2024-06-30' } }), {
        ...labels,
        language: 'en',
      }),
    ).toBe('Cases registered in 2024 · the first half of 2024');
    expect(drillTitle(ru, target({ period: { from: '2024-01-01', to: '2024-12-31' } }), labels)).toBe(
      'Дела, зарегистрированные в 2024 году',
    );
  });

  it('says what a key narrows the figure to, in the UI language', () => {
    expect(drillTitle(ru, target({ figure: 'tactic', key: 'intimate-images' }), labels)).toBe(
      'Дела 2024 года со способом «Интимные изображения»',
    );
    expect(drillTitle(en, target({ figure: 'sentenceType', key: 'suspended' }), labels)).toBe(
      'Sentenced in 2024: Suspended sentence',
    );
    expect(drillTitle(en, target({ figure: 'offenders', key: 'priorConviction' }), labels)).toBe(
      'Previously convicted offenders, 2024',
    );
    expect(drillTitle(en, target({ figure: 'victims', key: 'age:21to39' }), labels)).toBe(
      'Victims by age: 21–39, 2024',
    );
    expect(drillTitle(en, target({ figure: 'victims', key: 'employment:unknown' }), labels)).toBe(
      'Victims by employment: Not recorded, 2024',
    );
    expect(drillTitle(ru, target({ figure: 'victims', key: 'employment:informal' }), labels)).toMatch(
      /^Потерпевшие по занятости: .+, 2024$/,
    );
  });

  it('names a register figure, and counts its persons as persons', () => {
    expect(drillTitle(ru, target({ figure: 'monitoredPersons', key: 'reoffended' }), labels)).toBe(
      'Лица, совершившие новые преступления в 2024 году',
    );
    expect(drillTitle(kk, target({ figure: 'monitoredPersons', key: 'monitored' }), labels)).toBe(
      '2024 жылы қадағалауда болған адамдар',
    );
    expect(
      drillTitle(
        en,
        target({ figure: 'monitoredPersons', key: 'amongOffenders', district: 'Almaty' }),
        labels,
      ),
    ).toBe('Offenders of 2024 on the monitoring register · Алматы');
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
