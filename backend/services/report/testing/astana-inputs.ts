import type { Language } from '../../../../shared/domain/fields';
import type { ReportTexts } from '../../../../shared/domain/report';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { astana2024, fixtureLabels } from '../../../../shared/report/testing/annual-stats';
import type { ReportInputs } from '../inputs';
import { trendYear } from '../../../../shared/charts/testing/trend-year';

/*
 * The review's inputs for the hand-written Astana 2024 figures, as the tests of its tables (PDF and
 * Word) render them; testing/astana-2024-tables.ts holds the tables worked out by hand from them.
 */

/** The fixture with four-digit check-ins, so the tables' digit grouping is seen too (as expected there). */
function figures(): AnnualStats {
  const stats = astana2024();
  stats.monitoring.checkIns = { expected: 1380, attended: 1241, compliancePct: 89.9 };
  return stats;
}

const texts: ReportTexts = {
  office: 'Прокуратура города Астаны',
  department: 'Отдел надзора',
  city: 'Астана',
  signatoryTitle: 'Прокурор города',
  signatoryName: 'А. Б. Сериков',
  legalFramework: 'Уголовный кодекс Республики Казахстан.',
  prevention: 'Профилактические беседы в школах.',
  adviceToVictims: 'Не переводите деньги незнакомым людям.',
};

export function astanaInputs(language: Language): ReportInputs {
  const labelsOf = (names: string[]) => Object.fromEntries(names.map((name) => [name, fixtureLabels[name]!]));
  const year = (y: number, registered: number, forwarded: number, convicted: number, imprisoned: number) =>
    trendYear(
      y,
      registered,
      forwarded,
      convicted,
      imprisoned,
      Math.round((forwarded / registered) * 1000) / 10,
    );
  return {
    stats: figures(),
    // 1 047 registered in 2022: four digits, so the trend table's digit grouping is seen too.
    trend: [year(2022, 1047, 21, 12, 5), year(2023, 53, 30, 22, 9), year(2024, 52, 34, 27, 11)],
    language,
    labels: {
      district: labelsOf(['Almaty', 'Yesil', 'Saryarka', 'Nura', 'Baikonyr']),
      platform: {},
      tactic: labelsOf([
        'intimate-images',
        'fake-relationship',
        'impersonating-officials',
        'threat-of-violence',
      ]),
    },
    texts,
    subject: {
      title: 'Вымогательство — ст. 194 УК РК',
      legal: ['Статья 194 УК РК: вымогательство.\n\nНаказывается лишением свободы.'],
    },
    issueDate: '2025-01-20',
    dataAsOf: '2025-01-15T09:00:00.000Z',
    fingerprint: '0'.repeat(64),
    trailHead: { count: 22, hash: 'a'.repeat(64) },
    actor: 'test',
  };
}
