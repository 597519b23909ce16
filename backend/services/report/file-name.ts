import type { AnnualStats } from '../../../shared/domain/stats';
import type { Language } from '../../../shared/domain/fields';
import { namePeriod } from '../../../shared/domain/period';

/**
 * `nadzor-review-2024-ru.pdf` (every case), `nadzor-review-2024Q3-extortion-ru.pdf` (a subject's
 * quarter), `nadzor-review-2024-art190_194-Almaty-ru.pdf` (articles asked for outright, a district),
 * or `.xlsx`, `.docx`: a file saved beside others says its days, what it counts and where.
 */
export function reportFileName(
  stats: AnnualStats,
  language: Language,
  extension: 'pdf' | 'xlsx' | 'docx' = 'pdf',
): string {
  const district = stats.district ? `-${safe(stats.district)}` : '';
  return `nadzor-review-${daysPart(stats)}${subjectPart(stats)}${district}-${language}.${extension}`;
}

// Names come from files and Settings: keep letters and digits of any script, nothing a file system minds.
const safe = (name: string): string => name.replace(/[^\p{L}\p{N}]+/gu, '_');

/** `2024`, `2024Q3`, `2024H1`, or the dates of any other days: `2024-07-15_2024-10-14`. */
function daysPart({ year, period }: AnnualStats): string {
  const named = namePeriod(period);
  if (named.kind === 'year') return String(year);
  if (named.kind === 'quarter') return `${named.year}Q${named.quarter}`;
  if (named.kind === 'half') return `${named.year}H${named.half}`;
  return `${named.from}_${named.to}`;
}

/** `-extortion` (the subject's name), `-art190_194` (articles no subject holds), none for every case. */
function subjectPart({ scope }: AnnualStats): string {
  if (scope.articles === null) return '';
  // A subject's name is already what --subject takes: lower-case latin letters, digits, - and _.
  if (scope.subject) return `-${scope.subject}`;
  return `-art${scope.articles.map(safe).join('_')}`;
}
