import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/fields';
import type { MonitoringStats } from '../domain/monitoring-stats';
import { monitoringNarrative, monitoringSectionWords } from './narrative-monitoring';
import { astana2024 } from './testing/annual-stats';

const paragraph = (m: MonitoringStats, language: Language) =>
  monitoringNarrative(m, 2024, language)
    .join(' ')
    .replace(/[\u00a0\u202f]/g, ' ');

/** The fixture's register figures with every count replaced, to walk the plural forms. */
function withCounts(n: number): MonitoringStats {
  const m = astana2024().monitoring;
  return {
    ...m,
    personsMonitored: n,
    underMonitoringAtYearEnd: n,
    newPeriods: n,
    violations: n,
    warnings: n,
    reoffendedPersons: n,
  };
}

describe('the monitoring paragraph of the review', () => {
  it('Russian: plural forms, locale numbers and the rate with its parts', () => {
    expect(paragraph(astana2024().monitoring, 'ru')).toBe(
      'В 2024 году под надзором находилось 40 лиц, из них на 31 декабря 2024 г. — 31. ' +
        'Начато 12 новых периодов надзора. Явок на отметку состоялось 341 из 380 назначенных (89,7 %). ' +
        'Зафиксировано 9 нарушений, вынесено 7 предупреждений. ' +
        'Совершение новых преступлений подтверждено в отношении 4 лиц; уровень рецидива составил 10 % (4 из 40).',
    );
    expect(paragraph(withCounts(1), 'ru')).toContain(
      'находилось 1 лицо, из них на 31 декабря 2024 г. — 1. Начат 1 новый период надзора.',
    );
    expect(paragraph(withCounts(1), 'ru')).toContain(
      'Зафиксировано 1 нарушение, вынесено 1 предупреждение. Совершение нового преступления подтверждено в отношении 1 лица',
    );
    expect(paragraph(withCounts(3), 'ru')).toContain('находилось 3 лица');
    expect(paragraph(withCounts(3), 'ru')).toContain('Начато 3 новых периода надзора.');
    expect(paragraph(withCounts(21), 'ru')).toContain(
      'Зафиксировано 21 нарушение, вынесено 21 предупреждение.',
    );
    expect(paragraph(withCounts(1500), 'ru')).toContain('находилось 1 500 лиц');
  });

  it('Kazakh: numbers stand bare, shares as Kazakh writes them', () => {
    expect(paragraph(astana2024().monitoring, 'kk')).toBe(
      '2024 жылы қадағалауда 40 адам болды, оның ішінде қадағалауда қалғандары (2024 жылғы 31 желтоқсан) — 31. ' +
        'Жыл ішінде 12 жаңа қадағалау кезеңі басталды. ' +
        'Тіркеуге келу: белгіленгені — 380, орындалғаны — 341 (89,7%). ' +
        'Барлығы 9 бұзушылық тіркелді, 7 ескерту жасалды. ' +
        'Жаңа қылмыс жасағаны расталған адамдар саны — 4; қайталама қылмыс деңгейі — 10% ' +
        '(есепке алынғандар — 40, қайта қылмыс жасағандар — 4).',
    );
    // A number is never followed by a hyphenated ending («40-тан»).
    expect(paragraph(withCounts(7), 'kk')).not.toMatch(/\d-[а-яәғқңөұүһі]/i);
  });

  it('English', () => {
    expect(paragraph(astana2024().monitoring, 'en')).toBe(
      'In 2024, 40 persons were under supervision, 31 of them on 31 December 2024. ' +
        'In the year, 12 new supervision periods began. Check-ins attended: 341 of 380 due (89.7%). ' +
        'Supervisors recorded 9 violations and issued 7 warnings. ' +
        'Supervisors confirmed new cases against 4 persons; the re-offence rate was 10% (4 of 40).',
    );
    expect(paragraph(withCounts(1), 'en')).toContain('1 person was under supervision');
    expect(paragraph(withCounts(1), 'en')).toContain('recorded 1 violation and issued 1 warning.');
  });

  it('says no check-in was due rather than print a share of nothing, and nothing at all for an empty year', () => {
    const m = astana2024().monitoring;
    const noCheckIns = { ...m, checkIns: { expected: 0, attended: 0, compliancePct: null } };
    expect(paragraph(noCheckIns, 'en')).toContain('No check-ins were due.');
    const reoffendedOnly = {
      ...withCounts(0),
      reoffendedPersons: 2,
      reoffenceRate: { ...m.reoffenceRate, cohort: 0, reoffended: 0, pct: null },
    };
    expect(paragraph(reoffendedOnly, 'en')).toBe('Supervisors confirmed new cases against 2 persons.');
    expect(monitoringNarrative({ ...withCounts(0) }, 2024, 'ru')).toEqual([]);
  });

  it('says no new supervision period began rather than count none, for a year and for a quarter', () => {
    const none = { ...astana2024().monitoring, newPeriods: 0 };
    expect(paragraph(none, 'ru')).toContain('. Новые периоды надзора не начинались. ');
    expect(paragraph(none, 'en')).toContain('. In the year, no new supervision period began. ');
    expect(paragraph(none, 'kk')).toContain('. Жыл ішінде жаңа қадағалау кезеңі басталмады. ');
    const quarter = monitoringNarrative(none, 2024, 'en', { from: '2024-07-01', to: '2024-09-30' }).join(' ');
    expect(quarter).toContain('. In the period, no new supervision period began. ');
    expect(paragraph(none, 'ru')).not.toContain('Начато 0');
  });
});

const third = { from: '2024-07-01', to: '2024-09-30' };
const year2024 = { from: '2024-01-01', to: '2024-12-31' };

/** What only a year's words say: a quarter's section must not say any of it. */
const yearWords = {
  ru: /в течение года|в 2024 году|за 2024 год/i,
  kk: /жыл ішінде|2024 жылы|2024 жылға/i,
  en: /during the year|of the year|in the year|in 2024|for 2024/i,
} as const;

describe("the monitoring section of a quarter's review names the quarter, not the year", () => {
  const opening = {
    ru: 'В III квартале 2024 года под надзором находилось 40 лиц, из них на 31 декабря 2024 г. — 31. Начато 12 новых периодов надзора.',
    kk: '2024 жылғы III тоқсанда қадағалауда 40 адам болды, оның ішінде қадағалауда қалғандары (2024 жылғы 31 желтоқсан) — 31. Кезең ішінде 12 жаңа қадағалау кезеңі басталды.',
    en: 'In the third quarter of 2024, 40 persons were under supervision, 31 of them on 31 December 2024. In the period, 12 new supervision periods began.',
  } as const;
  const labels = {
    ru: {
      personsMonitored: 'Лиц под надзором в III квартале 2024 года',
      offendersOnRegister: 'Лиц на учёте среди совершивших преступления в III квартале 2024 года',
      none: 'В реестре надзора нет данных в III квартале 2024 года: никто не состоял под надзором, новых преступлений не подтверждено.',
    },
    kk: {
      personsMonitored: '2024 жылғы III тоқсанда қадағалауда болған адамдар',
      offendersOnRegister: '2024 жылғы III тоқсанда қылмыс жасағандар арасында есепте тұрғандар',
      none: 'Қадағалау тізілімінде 2024 жылғы III тоқсанда деректер жоқ: ешкім қадағалауда болмаған, жаңа қылмыстар расталмаған.',
    },
    en: {
      personsMonitored: 'Persons under supervision in the third quarter of 2024',
      offendersOnRegister: 'Persons on the register among those who offended in the third quarter of 2024',
      none: 'The monitoring register has nothing in the third quarter of 2024: nobody was under supervision and no new offence was confirmed.',
    },
  } as const;

  it.each(['ru', 'kk', 'en'] as const)('%s: the paragraph', (language) => {
    const text = monitoringNarrative(astana2024().monitoring, 2024, language, third)
      .join(' ')
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(text.startsWith(opening[language])).toBe(true);
    expect(text).not.toMatch(yearWords[language]);
  });

  it.each(['ru', 'kk', 'en'] as const)('%s: the figures and the line for an empty register', (language) => {
    const words = monitoringSectionWords(third, 2024, language);
    expect(words.figure('personsMonitored')).toBe(labels[language].personsMonitored);
    expect(words.figure('offendersOnRegister')).toBe(labels[language].offendersOnRegister);
    expect(words.none).toBe(labels[language].none);
    // The figures that never spoke of the year read as in the annual review.
    const annual = monitoringSectionWords(year2024, 2024, language);
    for (const key of ['newPeriods', 'compliance', 'reoffenceRate'])
      expect(words.figure(key)).toBe(annual.figure(key));
  });

  it('a range of dates is named by its dates', () => {
    const july = { from: '2024-07-01', to: '2024-07-31' };
    expect(monitoringSectionWords(july, 2024, 'ru').figure('personsMonitored')).toBe(
      'Лиц под надзором в период с 01.07.2024 по 31.07.2024',
    );
    expect(monitoringSectionWords(july, 2024, 'kk').figure('personsMonitored')).toBe(
      '01.07.2024–31.07.2024 аралығында қадағалауда болған адамдар',
    );
    expect(monitoringSectionWords(july, 2024, 'en').figure('personsMonitored')).toBe(
      'Persons under supervision from 1 Jul 2024 to 31 Jul 2024',
    );
  });

  it('a whole year reads as it always has', () => {
    const ru = monitoringSectionWords(year2024, 2024, 'ru');
    expect(ru.figure('personsMonitored')).toBe('Лиц под надзором в течение года');
    expect(ru.none).toBe(
      'В реестре надзора нет данных за 2024 год: никто не состоял под надзором, новых преступлений не подтверждено.',
    );
    expect(monitoringSectionWords(year2024, 2024, 'kk').figure('personsMonitored')).toBe(
      'Жыл ішінде қадағалауда болған адамдар',
    );
    const en = monitoringSectionWords(year2024, 2024, 'en');
    expect(en.figure('personsMonitored')).toBe('Persons under supervision during the year');
    expect(en.figure('offendersOnRegister')).toBe('Offenders of the year on the register');
    expect(en.figure('underMonitoringOn', { date: '31 December 2024' })).toBe(
      'Under supervision on 31 December 2024',
    );
  });
});
