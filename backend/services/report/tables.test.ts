import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/fields';
import type { ReportTexts } from '../../../shared/domain/report';
import type { AnnualStats } from '../../../shared/domain/stats';
import { astana2024, fixtureLabels } from '../../../shared/report/testing/annual-stats';
import { buildReportDefinition } from './definition';
import type { ReportInputs } from './inputs';
import { renderPdf } from './pdf';
import { astanaTables } from './testing/astana-2024-tables';
import { missingTables, pdfText } from './testing/pdf-text';

/*
 * The review's tables, rendered from the hand-written Astana 2024 figures, against the tables worked
 * out by hand from the same figures (testing/astana-2024-tables.ts): a figure printed wrong, or in
 * the wrong format for the language, fails here.
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

function inputs(language: Language): ReportInputs {
  const labelsOf = (names: string[]) => Object.fromEntries(names.map((name) => [name, fixtureLabels[name]!]));
  const year = (y: number, registered: number, forwarded: number, convicted: number, imprisoned: number) => ({
    year: y,
    registered,
    forwardedToCourt: forwarded,
    convictedPersons: convicted,
    sentencedPersons: convicted,
    imprisonedPersons: imprisoned,
    clearanceRatePct: Math.round((forwarded / registered) * 1000) / 10,
  });
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
    issueDate: '2025-01-20',
    dataAsOf: '2025-01-15T09:00:00.000Z',
    fingerprint: '0'.repeat(64),
    trailHead: { count: 22, hash: 'a'.repeat(64) },
    actor: 'test',
  };
}

describe('the review prints the figures of its tables as worked out by hand', () => {
  it.each(['ru', 'kk', 'en'] as const)('in %s, every table whole, row by row', async (language) => {
    const { pdf } = await renderPdf(buildReportDefinition(inputs(language)));
    expect(missingTables(pdfText(pdf, 'drawn'), astanaTables[language])).toEqual([]);
  });
});
