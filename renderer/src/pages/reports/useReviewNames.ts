import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { reviewNames, type ReviewNames } from './review-names';

/** The review's names of the figures and categories in the current UI language (re-rendered when it changes). */
export function useReviewNames(): ReviewNames {
  const { t } = useTranslation();
  const language = currentLanguage();
  return useMemo(() => reviewNames(t, language), [t, language]);
}
