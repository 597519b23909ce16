import { useTranslation } from 'react-i18next';
import type { Wording } from '../../../../shared/domain/audit-words';
import type { Language } from '../../../../shared/domain/fields';
import { currentLanguage } from '../../i18n/i18n';
import { intlLocale } from '../case/intl-locale';

export interface AuditWording extends Wording {
  /** An entry's time (stored in UTC) on this computer's clock: `15.03.2024, 14:05`. */
  dateTime: (iso: string) => string;
}

function wordingFor(t: Wording['t'], language: Language): AuditWording {
  const locale = intlLocale(language);
  // Dates of facts are calendar days, written as the case page writes them (no time zone shift).
  const day = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const moment = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  // Through intlLocale, as the case page does: Kazakh then groups digits as Russian does (1 500 000).
  const amount = new Intl.NumberFormat(locale);
  return {
    t,
    date: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
    number: (n) => amount.format(n),
    dateTime: (iso) => moment.format(new Date(iso)),
  };
}

/** Audit entries' words in the current UI language (re-rendered when the language changes). */
export function useAuditWording(): AuditWording {
  const { t } = useTranslation();
  return wordingFor((key, params) => t(key, params ?? {}), currentLanguage());
}
