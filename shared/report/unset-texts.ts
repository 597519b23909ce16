import type { Language } from '../domain/fields';
import { needsNameIn, type ReferenceItem } from '../domain/reference';
import type { ReportTextField, ReportTexts } from '../domain/report';
import type { AnnualStats } from '../domain/stats';
import { translate } from '../i18n';

/** The review's texts that name the office and who signs: printed on the cover and the last page. */
const identityFields = ['office', 'department', 'city', 'signatoryTitle', 'signatoryName'] as const;

/**
 * The review texts of one language still to be set before the PDF is worth printing: an empty
 * cover or signature line, or the signatory still the placeholder ("Фамилия и инициалы
 * подписывающего") that Nadzor ships with.
 */
export function unsetReviewTexts(texts: ReportTexts, language: Language): ReportTextField[] {
  const placeholder = translate(language, 'reportSettings.defaults.signatoryName');
  return identityFields.filter(
    (field) => !texts[field].trim() || (field === 'signatoryName' && texts[field].trim() === placeholder),
  );
}

/** The reference values a review names that may lack a name in its language, with their labels. */
export type NamedValues = Record<
  'district' | 'tactic',
  readonly Pick<ReferenceItem, 'kind' | 'name' | 'labels'>[]
>;

/**
 * The districts and tactics the review of `stats` names that have no name in `language` yet (new
 * values of an import carry only the file's word): the review would print that word, in another
 * language than its own. By kind, in the order the review names them. Platforms go by their brand
 * names (needsNameIn).
 */
export function unnamedInReview(
  stats: Pick<AnnualStats, 'district' | 'districts' | 'tactics'>,
  values: NamedValues,
  language: Language,
): { kind: keyof NamedValues; names: string[] }[] {
  const named: Record<keyof NamedValues, string[]> = {
    district: [...(stats.district ? [stats.district] : []), ...stats.districts.map((row) => row.district)],
    tactic: stats.tactics.map((row) => row.name),
  };
  return (Object.keys(named) as (keyof NamedValues)[]).flatMap((kind) => {
    const items = new Map(values[kind].map((item) => [item.name, item]));
    const names = [...new Set(named[kind])].filter((name) => {
      const item = items.get(name);
      return item !== undefined && needsNameIn(item, language);
    });
    return names.length > 0 ? [{ kind, names }] : [];
  });
}
