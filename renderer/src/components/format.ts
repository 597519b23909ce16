import { useTranslation } from 'react-i18next';
import { formatsFor, type Formats } from '../../../shared/format';
import { currentLanguage } from '../i18n/i18n';

/** The one formatter (shared/format.ts) in the UI language, re-rendered when the language changes. */
export function useFormats(): Formats {
  useTranslation(); // subscribes to language changes
  return formatsFor(currentLanguage());
}

/** A count as the UI language writes it (`12 345` in Russian and Kazakh, `12,345` in English). */
export const formatNumber = (n: number): string => formatsFor(currentLanguage()).number(n);
