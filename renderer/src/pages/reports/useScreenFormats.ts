import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { screenFormats, type ScreenFormats } from './report-format';

/** The figures' formats in the current UI language (re-rendered when it changes). */
export function useScreenFormats(): ScreenFormats {
  useTranslation();
  const language = currentLanguage();
  return useMemo(() => screenFormats(language), [language]);
}
