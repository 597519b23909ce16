import type { TFunction } from 'i18next';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { periodWords } from '../../../../shared/report/period-words';
import type { NameLabels } from './drill-title';

interface HeadingWords {
  /** The title of the subject counted (shared/report/subject-words.ts); null for every case. */
  subject: string | null;
  /** The office's city of Settings, named when the whole city is counted; empty leaves it out. */
  city: string;
  labels: Pick<NameLabels, 'district' | 'language'>;
}

/**
 * What the figures on screen count, in one line a screenshot keeps: "Вымогательство — ст. 194 УК РК
 * · III квартал 2024 года · Астана", the period worded as the review words it.
 */
export function reviewHeading(
  t: TFunction,
  stats: AnnualStats,
  { subject, city, labels }: HeadingWords,
): string {
  const where = stats.district
    ? t('reports.heading.district', { district: labels.district(stats.district) })
    : city.trim();
  return [subject ?? t('subjects.review.allCases'), periodWords(stats.period, labels.language).title, where]
    .filter(Boolean)
    .join(' · ');
}
