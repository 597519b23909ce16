import type { Language } from '../domain/fields';
import type { MonitoringStats } from '../domain/monitoring-stats';
import { translate } from '../i18n';
import { isCalendarYear } from '../domain/period';
import type { StatsPeriod } from '../domain/stats';
import { formatsFor } from '../format';
import { periodSentenceWords, periodWords } from './period-words';

/** Words one key of the `monitoringReport` namespace in a language. */
export const monitoringWords =
  (language: Language) =>
  (key: string, params?: Record<string, unknown>): string =>
    translate(language, `monitoringReport.${key}`, params);

/** Nothing to report: nobody supervised in the year and no re-offence confirmed (a table of zeros says nothing). */
export const isEmptyRegisterYear = (m: MonitoringStats): boolean =>
  m.personsMonitored === 0 && m.reoffendedPersons === 0;

/** The register's figures whose calendar-year label speaks of the year ("Лиц под надзором в течение года"). */
const yearFigures = new Set(['personsMonitored', 'offendersOnRegister']);

/** How the monitoring section words its figures and its line for an empty register. */
export interface MonitoringSectionWords {
  /** A figure's label (`monitoringReport.figure.<key>`). */
  figure: (key: string, params?: Record<string, unknown>) => string;
  /** The one line that stands for the section when the register has nothing. */
  none: string;
}

/**
 * The monitoring section's words for the review's days, the same in the PDF, Word, the workbook and
 * the Reports screen: a calendar year's as they have always read, any other days named as the rest
 * of the review names them ("Лиц под надзором в III квартале 2024 года"), never "during the year".
 */
export function monitoringSectionWords(
  period: StatsPeriod,
  year: number,
  language: Language,
): MonitoringSectionWords {
  const t = monitoringWords(language);
  const yearFigure = (key: string, params?: Record<string, unknown>) => t(`figure.${key}`, params);
  if (isCalendarYear(period, year)) return { figure: yearFigure, none: t('none', { year }) };
  const { in: when } = periodWords(period, language);
  return {
    figure: (key, params) =>
      yearFigures.has(key)
        ? translate(language, `period.monitoringFigure.${key}`, { in: when })
        : yearFigure(key, params),
    none: translate(language, 'period.monitoringNone', { in: when }),
  };
}

/**
 * The monitoring section's paragraph, from the figures: who was supervised, check-ins, violations,
 * re-offences and the rate. Empty when there is nothing to report (the section says so in one line).
 */
export function monitoringNarrative(
  m: MonitoringStats,
  year: number,
  language: Language,
  period?: StatsPeriod,
): string[] {
  if (isEmptyRegisterYear(m)) return [];
  const t = monitoringWords(language);
  const f = formatsFor(language);
  // A quarter's (or any days') register is said of its days: "In the third quarter of 2024, …".
  const when = period && !isCalendarYear(period, year) ? periodSentenceWords(period, language) : null;
  const counted = (key: string, value: number) =>
    when && (key === 'monitored' || key === 'newPeriods')
      ? translate(language, `period.monitoringNarrative.${key}`, {
          count: value,
          n: f.number(value),
          ...when,
        })
      : t(`narrative.${key}`, { count: value, n: f.number(value), year });

  const sentences: string[] = [];
  // With nobody supervised in the year, only the re-offences (of earlier supervision) are worth a sentence.
  if (m.personsMonitored > 0)
    sentences.push(
      counted('monitored', m.personsMonitored) +
        t('narrative.atEnd', { n: f.number(m.underMonitoringAtYearEnd), date: f.longDate(m.asOf) }),
      counted('newPeriods', m.newPeriods),
      m.checkIns.compliancePct === null
        ? t('narrative.checkInsNone')
        : t('narrative.checkIns', {
            attended: f.number(m.checkIns.attended),
            expected: f.number(m.checkIns.expected),
            pct: f.percent(m.checkIns.compliancePct),
          }),
      counted('violations', m.violations) + counted('warnings', m.warnings),
    );
  const { pct, cohort, reoffended } = m.reoffenceRate;
  const reoffences =
    m.reoffendedPersons === 0 ? t('narrative.reoffendedNone') : counted('reoffended', m.reoffendedPersons);
  sentences.push(
    reoffences +
      (pct === null
        ? '.'
        : t('narrative.rate', {
            pct: f.percent(pct),
            failures: f.number(reoffended),
            cohort: f.number(cohort),
          })),
  );
  return [sentences.join(' ')];
}
