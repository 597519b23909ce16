import { useTranslation } from 'react-i18next';
import type { Wording } from '../../../../shared/domain/audit-words';
import { formatsFor } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';

export interface AuditWording extends Wording {
  /** An entry's time (stored in UTC) on this computer's clock: `15.03.2024, 14:05`. */
  dateTime: (iso: string) => string;
}

/** Audit entries' words in the current UI language (re-rendered when the language changes). */
export function useAuditWording(): AuditWording {
  const { t } = useTranslation();
  const language = currentLanguage();
  const f = formatsFor(language);
  return {
    t: (key, params) => t(key, params ?? {}),
    language,
    date: f.date,
    number: f.number,
    dateTime: f.minute,
  };
}
