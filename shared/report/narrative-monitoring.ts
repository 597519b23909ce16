import type { Language } from '../domain/fields';
import type { MonitoringStats } from '../domain/monitoring-stats';
import { translate } from '../i18n';
import { isCalendarYear } from '../domain/period';
import type { StatsPeriod } from '../domain/stats';
import { formatsFor } from '../format';
import { periodSentenceWords } from './period-words';

/** Words one key of the `monitoringReport` namespace in a language. */
export const monitoringWords =
  (language: Language) =>
  (key: string, params?: Record<string, unknown>): string =>
    translate(language, `monitoringReport.${key}`, params);

/** Nothing to report: nobody supervised in the year and no re-offence confirmed (a table of zeros says nothing). */
export const isEmptyRegisterYear = (m: MonitoringStats): boolean =>
  m.personsMonitored === 0 && m.reoffendedPersons === 0;

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
