import type { Language } from '../domain/fields';
import type { MonitoringStats } from '../domain/monitoring-stats';
import { translate } from '../i18n';
import { formatsFor } from '../format';

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
export function monitoringNarrative(m: MonitoringStats, year: number, language: Language): string[] {
  if (isEmptyRegisterYear(m)) return [];
  const t = monitoringWords(language);
  const f = formatsFor(language);
  const counted = (key: string, value: number) =>
    t(`narrative.${key}`, { count: value, n: f.number(value), year });

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
