import type { AnnualStats } from '../../../shared/domain/stats';
import type { Language } from '../../../shared/domain/fields';
import { namePeriod } from '../../../shared/domain/period';

/**
 * `nadzor-review-2024-ru.pdf`, or with the district: `nadzor-review-2024-Almaty-ru.pdf` (or `.xlsx`,
 * `.docx`); a quarter's review `nadzor-review-2024Q3-ru.pdf`.
 */
export function reportFileName(
  stats: AnnualStats,
  language: Language,
  extension: 'pdf' | 'xlsx' | 'docx' = 'pdf',
): string {
  // District names come from files: keep letters and digits of any script, nothing a file system minds.
  const district = stats.district ? `-${stats.district.replace(/[^\p{L}\p{N}]+/gu, '_')}` : '';
  return `nadzor-review-${daysPart(stats)}${district}-${language}.${extension}`;
}

/** `2024`, `2024Q3`, `2024H1`, or the dates of any other days: `2024-07-15_2024-10-14`. */
function daysPart({ year, period }: AnnualStats): string {
  const named = namePeriod(period);
  if (named.kind === 'year') return String(year);
  if (named.kind === 'quarter') return `${named.year}Q${named.quarter}`;
  if (named.kind === 'half') return `${named.year}H${named.half}`;
  return `${named.from}_${named.to}`;
}
