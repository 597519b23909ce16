import { currentLanguage } from '../i18n/i18n';

/** A count as the UI language writes it (`12 345` in Russian and Kazakh, `12,345` in English). */
export const formatNumber = (n: number): string => n.toLocaleString(currentLanguage());
