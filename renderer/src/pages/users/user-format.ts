import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/fields';
import { intlLocale } from '../../components/case/intl-locale';

/** Sign-in times and lockouts are moments on this computer's clock, so they are shown in its time zone. */
export function userTimeFormat(language: Language) {
  const locale = intlLocale(language);
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    /** `02.03.2026, 14:05` */
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** `02.03.2026` */
    date: (iso: string) => date.format(new Date(iso)),
    /** `14:05` */
    time: (iso: string) => time.format(new Date(iso)),
  };
}

export function useUserTimeFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return useMemo(() => userTimeFormat(language), [language]);
}
