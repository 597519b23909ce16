import { isCalendarYear } from '../../../../shared/domain/period';
import { periodWords } from '../../../../shared/report/period-words';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/fields';
import type { DrillKind } from '../../../../shared/domain/stats';
import { formatsFor } from '../../../../shared/format';
import type { DrillTarget } from './report-query';

/** Names of reference values in the UI language (see useReportLabels). */
export interface NameLabels {
  district: (name: string) => string;
  platform: (name: string) => string;
  tactic: (name: string) => string;
  /** The UI language, for numbers in titles. */
  language?: Language;
}

/** What a victims key (`women`, `age:21to39`, `employment:student`) narrows the victims to. */
function victimsTitle(t: TFunction, key: string | undefined, year: number): string {
  if (!key || key === 'all') return t('reports.drill.title.victims', { year });
  if (key === 'women') return t('reports.drill.title.victimsWomen', { year });
  const [kind, value = ''] = key.split(':', 2);
  if (kind === 'age')
    return t('reports.drill.title.victimsAge', { year, band: t(`reports.ageBand.${value}`) });
  return t('reports.drill.title.victimsEmployment', { year, employment: employmentLabel(t, value) });
}

/** An employment value as the case page words it; `unknown` when none was recorded. */
export const employmentLabel = (t: TFunction, value: string): string =>
  value === 'unknown' ? t('reports.employmentUnknown') : t(`caseView.employment.${value}`);

/**
 * The drawer's title: what the list holds, in which year, and where ("Forwarded to court in 2024 ·
 * Almaty"). The count follows it once the list has loaded (see drillCount).
 */
export function drillTitle(t: TFunction, target: DrillTarget, labels: NameLabels): string {
  const { figure, key, year } = target;
  let title: string;
  switch (figure) {
    case 'platform':
      title = t('reports.drill.title.platform', { year, name: labels.platform(key ?? '') });
      break;
    case 'tactic':
      title = t('reports.drill.title.tactic', { year, name: labels.tactic(key ?? '') });
      break;
    case 'sentenceType':
      title = t('reports.drill.title.sentenceType', { year, name: t(`caseView.sentenceType.${key ?? ''}`) });
      break;
    case 'imprisonmentTerm': {
      const years = Number(key);
      const written = formatsFor(labels.language ?? 'en').number(years);
      title = t('reports.drill.title.imprisonmentTerm', { year, count: years, years: written });
      break;
    }
    case 'offenders':
      title = t(`reports.drill.title.offenders.${key ?? 'all'}`, { year });
      break;
    case 'victims':
      title = victimsTitle(t, key, year);
      break;
    case 'monitoredPersons':
      title = t(`monitoringReport.drill.title.${key ?? ''}`, { year });
      break;
    default:
      title = t(`reports.drill.title.${figure}`, { year });
  }
  const where = target.district
    ? t('reports.drill.inDistrict', { title, district: labels.district(target.district) })
    : title;
  // A quarter's (or any days') list says which days of its year it holds.
  return target.period && !isCalendarYear(target.period, year)
    ? t('period.drillIn', { title: where, period: periodWords(target.period, labels.language ?? 'en').title })
    : where;
}

/** "34 cases", "27 persons", "1 500 victims": the plural form chosen by the count, the number as the language writes it. */
export const drillCount = (
  t: TFunction,
  kind: DrillKind,
  count: number,
  formatNumber: (n: number) => string,
): string =>
  t(`reports.drill.count.${kind === 'monitoredPersons' ? 'persons' : kind}`, {
    count,
    number: formatNumber(count),
  });
