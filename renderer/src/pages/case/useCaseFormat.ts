import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { caseFormat, type CaseFormat } from './format';

/** The case format in the current UI language (re-rendered when the language changes). */
export function useCaseFormat(): CaseFormat {
  const { t } = useTranslation();
  return caseFormat(t, currentLanguage());
}
