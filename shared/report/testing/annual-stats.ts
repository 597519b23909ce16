import { REOFFENCE_DEFINITION } from '../../domain/monitoring-stats';
import type { AnnualStats } from '../../domain/stats';

/**
 * The figures of the Astana review for 2024 (spec §4 shape), written by hand so the review's text and
 * layout can be tested without a database.
 */
export function astana2024(): AnnualStats {
  return {
    year: 2024,
    district: null,
    period: { from: '2024-01-01', to: '2024-12-31' },
    pipeline: {
      registered: 52,
      forwardedToCourt: 34,
      convictedPersons: 27,
      sentencedPersons: 27,
      imprisonedPersons: 11,
      imprisonmentYears: { min: 3, max: 7 },
      clearanceRatePct: 65.4,
    },
    previousYear: {
      registered: 53,
      forwardedToCourt: 30,
      convictedPersons: 22,
      sentencedPersons: 22,
      imprisonedPersons: 9,
    },
    registeredChangePct: -1.9,
    districts: [
      { district: 'Almaty', registered: 22, previous: 28, changePct: -21.4 },
      { district: 'Yesil', registered: 14, previous: 16, changePct: -12.5 },
      { district: 'Saryarka', registered: 6, previous: 3, changePct: 100 },
      { district: 'Nura', registered: 6, previous: 4, changePct: 50 },
      { district: 'Baikonyr', registered: 4, previous: 2, changePct: 100 },
    ],
    victims: {
      total: 50,
      womenPct: 28,
      ageBands: { under18: 2, '18to20': 5, '21to39': 31, '40to59': 9, '60plus': 2, unknown: 1 },
      employment: {
        employed: 9,
        unemployed: 8,
        informal: 20,
        student: 6,
        pensioner: 2,
        other: 1,
        unknown: 4,
      },
    },
    offenders: { total: 70, menPct: 90, age17to60Pct: 97.1, priorConvictionPct: 45.7, unemployedPct: 60 },
    groupCrimePct: 53.8,
    platforms: [
      { name: 'Telegram', cases: 20, pct: 38.5 },
      { name: 'Instagram', cases: 14, pct: 26.9 },
      { name: 'Badoo', cases: 8, pct: 15.4 },
      { name: 'WhatsApp', cases: 5, pct: 9.6 },
    ],
    tactics: [
      { name: 'intimate-images', cases: 15, pct: 28.8 },
      { name: 'fake-relationship', cases: 12, pct: 23.1 },
      { name: 'impersonating-officials', cases: 9, pct: 17.3 },
      { name: 'threat-of-violence', cases: 4, pct: 7.7 },
    ],
    acquittedPersons: 1,
    sentences: {
      byType: { imprisonment: 11, restriction: 5, suspended: 8, fine: 3, other: 0 },
      imprisonmentTerms: [
        { years: 3, persons: 4 },
        { years: 4, persons: 3 },
        { years: 5, persons: 2 },
        { years: 7, persons: 2 },
      ],
    },
    scope: { subject: 'extortion', articles: ['194'] },
    monitoring: {
      asOf: '2024-12-31',
      personsMonitored: 40,
      underMonitoringAtYearEnd: 31,
      newPeriods: 12,
      checkIns: { expected: 380, attended: 341, compliancePct: 89.7 },
      violations: 9,
      warnings: 7,
      reoffendedPersons: 4,
      offendersOnRegister: 3,
      reoffenceRate: { cohort: 40, reoffended: 4, pct: 10, definition: REOFFENCE_DEFINITION },
    },
  };
}

/** One district for a single-district review, and a second fixture with a district new this year. */
export function withNewDistrict(): AnnualStats {
  const stats = astana2024();
  stats.districts = [
    ...stats.districts.filter((d) => d.district !== 'Nura'),
    { district: 'Nura', registered: 6, previous: 0, changePct: null },
  ];
  return stats;
}

/** Reference labels as the seeded database holds them (platforms have none: brand names). */
export const fixtureLabels: Record<string, { ru: string; kk: string; en: string }> = {
  Almaty: { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' },
  Yesil: { ru: 'Есиль', kk: 'Есіл', en: 'Yesil' },
  Saryarka: { ru: 'Сарыарка', kk: 'Сарыарқа', en: 'Saryarka' },
  Nura: { ru: 'Нура', kk: 'Нұра', en: 'Nura' },
  Baikonyr: { ru: 'Байконыр', kk: 'Байқоңыр', en: 'Baikonyr' },
  'intimate-images': { ru: 'Интимные изображения', kk: 'Интимдік суреттер', en: 'Intimate images' },
  'fake-relationship': { ru: 'Мнимые отношения', kk: 'Жалған қарым-қатынас', en: 'Fake relationship' },
  'impersonating-officials': {
    ru: 'Выдача себя за сотрудника органов',
    kk: 'Құқық қорғау қызметкері болып көріну',
    en: 'Impersonating officials',
  },
  'threat-of-violence': { ru: 'Угроза насилием', kk: 'Зорлық-зомбылық қаупі', en: 'Threat of violence' },
};
