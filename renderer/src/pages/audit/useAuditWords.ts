import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { auditWords, type AuditWords } from './audit-words';

/** The trail's words in the current UI language (re-rendered when the language changes). */
export function useAuditWords(): AuditWords {
  const { t } = useTranslation();
  return auditWords(t, currentLanguage());
}
