import type { AnnualStats } from '../../../shared/domain/stats';
import type { Language } from '../../../shared/domain/fields';

/** `nadzor-review-2024-ru.pdf`, or with the district: `nadzor-review-2024-Almaty-ru.pdf` (or `.xlsx`, `.docx`). */
export function reportFileName(
  stats: AnnualStats,
  language: Language,
  extension: 'pdf' | 'xlsx' | 'docx' = 'pdf',
): string {
  // District names come from files: keep letters and digits of any script, nothing a file system minds.
  const district = stats.district ? `-${stats.district.replace(/[^\p{L}\p{N}]+/gu, '_')}` : '';
  return `nadzor-review-${stats.year}${district}-${language}.${extension}`;
}
