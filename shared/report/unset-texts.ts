import type { Language } from '../domain/fields';
import type { ReportTextField, ReportTexts } from '../domain/report';
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
