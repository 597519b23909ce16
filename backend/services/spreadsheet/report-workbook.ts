import { employments, sentenceTypes } from '../../../shared/domain/case-record';
import type { Language } from '../../../shared/domain/fields';
import {
  ageBands,
  pipelineCountKeys,
  type AnnualStats,
  type ShareRow,
  type TrendYear,
} from '../../../shared/domain/stats';
import { translate } from '../../../shared/i18n';
import type { RefLabel } from '../../../shared/report/narrative';
import { monitoringSectionWords, monitoringWords } from '../../../shared/report/narrative-monitoring';
import { periodHeads } from '../../../shared/report/period-words';
import { wordsFor, type Words } from '../../../shared/report/words';
import { changePercent, percent } from '../../../shared/stats/rounding';
import type { Cell, TableSheet } from './table-sheet';

/** Shares are stored as fractions (65.4 % → 0.654) so Excel computes with them; shown with one decimal. */
const PCT = '0.0%';
const CHANGE = '+0.0%;−0.0%;0.0%';
const fraction = (pct: number | null): Cell => (pct === null ? null : pct / 100);

/** The head of the review's days in a year: "2023", or "III кв. 2023" for a quarter's review. */
type Head = (year: number) => string;

function keyFigures(stats: AnnualStats, w: Words, head: Head): TableSheet {
  const { t } = w;
  const p = stats.pipeline;
  const prev = stats.previousYear;
  return {
    name: t('section.keyFigures'),
    columns: [
      { header: t('column.indicator'), width: 40 },
      { header: head(stats.year - 1), width: 14 },
      { header: head(stats.year), width: 14 },
      { header: t('column.change'), width: 12, numFmt: CHANGE },
    ],
    rows: [
      ...pipelineCountKeys.map((key): Cell[] => [
        t(`figure.${key}`),
        prev[key],
        p[key],
        fraction(key === 'registered' ? stats.registeredChangePct : changePercent(p[key], prev[key])),
      ]),
      [
        t('figure.clearanceRate'),
        fraction(percent(prev.forwardedToCourt, prev.registered)),
        fraction(p.clearanceRatePct),
        null,
      ],
    ],
  };
}

function trendSheet(trend: TrendYear[], w: Words, head: Head): TableSheet {
  const { t } = w;
  const figures = ['registered', 'forwardedToCourt', 'convictedPersons', 'imprisonedPersons'] as const;
  return {
    name: t('section.trend'),
    columns: [
      { header: t('column.indicator'), width: 40 },
      ...trend.map((y) => ({ header: head(y.year), width: 12 })),
    ],
    rows: [
      ...figures.map((key): Cell[] => [t(`figure.${key}`), ...trend.map((y) => y[key])]),
      [t('figure.clearanceRate'), ...trend.map((y) => fraction(y.clearanceRatePct))],
    ],
  };
}

function districts(stats: AnnualStats, w: Words, label: RefLabel, head: Head): TableSheet {
  const { t } = w;
  return {
    name: t('section.districts'),
    columns: [
      { header: t('column.district'), width: 24 },
      { header: head(stats.year - 1), width: 12 },
      { header: head(stats.year), width: 12 },
      { header: t('column.change'), width: 12, numFmt: CHANGE },
    ],
    rows: stats.districts.map((d) => [
      label('district', d.district),
      d.previous,
      d.registered,
      fraction(d.changePct),
    ]),
  };
}

function victims(stats: AnnualStats, w: Words): TableSheet[] {
  const { t } = w;
  const total = stats.victims.total;
  const sheet = <K extends string>(
    name: string,
    column: string,
    keys: readonly K[],
    counts: Record<K, number>,
    prefix: string,
  ): TableSheet => ({
    name,
    columns: [
      { header: t(`column.${column}`), width: 28 },
      { header: t('column.victims'), width: 12 },
      { header: t('column.share'), width: 10, numFmt: PCT },
    ],
    rows: keys.map((key) => [
      w.heading(`${prefix}.${key}`),
      counts[key],
      fraction(percent(counts[key], total)),
    ]),
  });
  return [
    sheet(t('chart.ageBands'), 'ageBand', ageBands, stats.victims.ageBands, 'ageBand'),
    sheet(
      t('chart.employment'),
      'employment',
      [...employments, 'unknown'],
      stats.victims.employment,
      'employment',
    ),
  ];
}

function offenders(stats: AnnualStats, w: Words): TableSheet {
  const { t } = w;
  const o = stats.offenders;
  return {
    name: t('subsection.offenders'),
    columns: [
      { header: t('column.indicator'), width: 36 },
      { header: t('column.share'), width: 10, numFmt: PCT },
    ],
    rows: [
      [t('offender.men'), fraction(o.menPct)],
      [t('offender.age17to60'), fraction(o.age17to60Pct)],
      [t('offender.priorConviction'), fraction(o.priorConvictionPct)],
      [t('offender.unemployed'), fraction(o.unemployedPct)],
      [t('offender.groupCrime'), fraction(stats.groupCrimePct)],
    ],
  };
}

function shares(kind: 'platform' | 'tactic', rows: ShareRow[], w: Words, label: RefLabel): TableSheet {
  const { t } = w;
  return {
    name: t(`chart.${kind}s`),
    columns: [
      { header: t('column.rank'), width: 6 },
      { header: t(`column.${kind}`), width: 30 },
      { header: t('column.cases'), width: 10 },
      { header: t('column.share'), width: 10, numFmt: PCT },
    ],
    rows: rows.map((row, i) => [i + 1, label(kind, row.name), row.cases, fraction(row.pct)]),
  };
}

function sentences(stats: AnnualStats, w: Words): TableSheet {
  const { t } = w;
  return {
    name: t('section.sentences'),
    columns: [
      { header: t('column.sentenceType'), width: 32 },
      { header: t('column.persons'), width: 10 },
    ],
    rows: [
      ...sentenceTypes.map((type): Cell[] => [
        w.heading(`sentenceType.${type}`),
        stats.sentences.byType[type],
      ]),
      [null, null],
      ...stats.sentences.imprisonmentTerms.map(({ years, persons }): Cell[] => [
        `${t('figure.imprisonmentTerms')}: ${t('years', { count: years, n: w.f.number(years) })}`,
        persons,
      ]),
    ],
  };
}

function monitoring(stats: AnnualStats, language: Language): TableSheet {
  const m = stats.monitoring;
  const t = monitoringWords(language);
  // A quarter's sheet names the quarter where a year's says "during the year".
  const { figure } = monitoringSectionWords(stats.period, stats.year, language);
  return {
    name: t('title'),
    columns: [
      { header: translate(language, 'report.column.indicator'), width: 48 },
      { header: t('column.value'), width: 12 },
    ],
    rows: [
      [figure('personsMonitored'), m.personsMonitored],
      [figure('underMonitoringOn', { date: wordsFor(language).f.date(m.asOf) }), m.underMonitoringAtYearEnd],
      [figure('newPeriods'), m.newPeriods],
      [figure('checkInsExpected'), m.checkIns.expected],
      [figure('checkInsAttended'), m.checkIns.attended],
      [figure('compliance'), fraction(m.checkIns.compliancePct)],
      [figure('violations'), m.violations],
      [figure('warnings'), m.warnings],
      [figure('reoffendedPersons'), m.reoffendedPersons],
      [figure('offendersOnRegister'), m.offendersOnRegister],
      [figure('cohort'), m.reoffenceRate.cohort],
      [figure('failures'), m.reoffenceRate.reoffended],
      [figure('reoffenceRate'), fraction(m.reoffenceRate.pct)],
    ],
  };
}

/**
 * Every table of the Reports screen for one year (and district) as the sheets of one workbook, in the
 * review's language: counts as numbers, shares as percentages Excel can compute with.
 */
export function reportSheets(
  stats: AnnualStats,
  trend: TrendYear[],
  language: Language,
  label: RefLabel,
): TableSheet[] {
  const w = wordsFor(language, stats);
  const head = periodHeads(stats.period, stats.year, language).of;
  return [
    keyFigures(stats, w, head),
    trendSheet(trend, w, head),
    districts(stats, w, label, head),
    ...victims(stats, w),
    offenders(stats, w),
    shares('platform', stats.platforms, w, label),
    shares('tactic', stats.tactics, w, label),
    sentences(stats, w),
    monitoring(stats, language),
  ];
}
