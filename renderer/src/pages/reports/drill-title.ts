import { calendarYear, isCalendarYear } from '../../../../shared/domain/period';
import { periodWords } from '../../../../shared/report/period-words';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/fields';
import type { EmploymentKey } from '../../../../shared/charts';
import type { SentenceType } from '../../../../shared/domain/case-record';
import type { AgeBand, DrillKind } from '../../../../shared/domain/stats';
import { formatsFor } from '../../../../shared/format';
import type { DrillTarget } from './report-query';
import { reviewNames } from './review-names';

/** Names of reference values in the UI language (see useReportLabels). */
export interface NameLabels {
  district: (name: string) => string;
  platform: (name: string) => string;
  tactic: (name: string) => string;
  /** The UI language: the period's words and the numbers of the titles. */
  language: Language;
}

/** How a title says its days: `in` ("в III квартале 2024 года") or, after a comma, `title`. */
type When = { year: number; in: string; title: string; isYear: boolean };

/**
 * What a victims key (`women`, `age:21to39`, `employment:student`) narrows the victims to: the age
 * band or employment named as its row is, in the review's words.
 */
function victimsTitle(t: TFunction, key: string | undefined, when: When, language: Language): string {
  if (!key || key === 'all') return t('reports.drill.title.victims', when);
  if (key === 'women') return t('reports.drill.title.victimsWomen', when);
  const [kind, value = ''] = key.split(':', 2);
  const names = reviewNames(t, language);
  if (kind === 'age')
    return t('reports.drill.title.victimsAge', { ...when, band: names.ageBand(value as AgeBand) });
  return t('reports.drill.title.victimsEmployment', {
    ...when,
    employment: names.employment(value as EmploymentKey),
  });
}

/** What the list holds, with its days woven in: "Cases forwarded to court in the third quarter of 2024". */
function figureTitle(t: TFunction, { figure, key }: DrillTarget, when: When, labels: NameLabels): string {
  switch (figure) {
    case 'platform':
      return t('reports.drill.title.platform', { ...when, name: labels.platform(key ?? '') });
    case 'tactic':
      return t('reports.drill.title.tactic', { ...when, name: labels.tactic(key ?? '') });
    case 'sentenceType':
      return t('reports.drill.title.sentenceType', {
        ...when,
        name: reviewNames(t, labels.language).sentenceType((key ?? '') as SentenceType),
      });
    case 'imprisonmentTerm': {
      const years = Number(key);
      const written = formatsFor(labels.language).number(years);
      return t('reports.drill.title.imprisonmentTerm', { ...when, count: years, years: written });
    }
    case 'offenders':
      return t(`reports.drill.title.offenders.${key ?? 'all'}`, when);
    case 'victims':
      return victimsTitle(t, key, when, labels.language);
    case 'monitoredPersons':
      // "At the end of 2024" is a year's; a quarter's list is of the persons at its own end.
      if (key === 'atYearEnd' && !when.isYear) return t('monitoringReport.drill.title.atPeriodEnd', when);
      return t(`monitoringReport.drill.title.${key ?? ''}`, when);
    default:
      return t(`reports.drill.title.${figure}`, when);
  }
}

/**
 * The drawer's title: what the list holds, in which days, of which subject and where ("Дела,
 * направленные в суд в III квартале 2024 года · Вымогательство — ст. 194 УК РК · район Алматы").
 * `subject` is the title of what the figures count (null for every case); the register's persons are
 * not counted by a subject. The count follows once the list has loaded (see drillCount).
 */
export function drillTitle(
  t: TFunction,
  target: DrillTarget,
  labels: NameLabels,
  subject: string | null = null,
): string {
  const { year } = target;
  const period = target.period ?? calendarYear(year);
  const words = periodWords(period, labels.language);
  const when = { year, in: words.in, title: words.title, isYear: isCalendarYear(period, year) };
  let title = figureTitle(t, target, when, labels);
  if (subject && target.figure !== 'monitoredPersons') title = `${title} · ${subject}`;
  return target.district
    ? t('reports.drill.inDistrict', { title, district: labels.district(target.district) })
    : title;
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
